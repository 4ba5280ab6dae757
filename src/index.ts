/**
 * gisa as a library: extract(input, options) for one page, extractAll(inputs, options) for
 * many, the record schema and its types, and the lexicon helpers.
 */
export { extract, extractAll, type ExtractInput, type LibraryOptions } from "./library.js";
export {
  RecordSchema,
  ArticleRecordSchema,
  ErrorRecordSchema,
  recordJsonSchema,
  SCHEMA_VERSION,
  ENTITY_TYPES,
  CLAIM_KINDS,
  ERROR_CODES,
  type GisaRecord,
  type ArticleRecord,
  type ErrorRecord,
  type Article,
  type Entity,
  type Claim,
  type Mention,
  type Attribution,
  type Quote,
} from "./schema/record.js";
export { validateRecord, type Problem } from "./schema/validate.js";
export { LexiconFileSchema, LexiconEntrySchema, type LexiconEntry } from "./entities/lexicon-schema.js";
export { builtinLexiconEntries, compileLexicon, mergeLexicons, parseLexiconFile, type CompiledLexicon } from "./entities/index.js";
export { VERSION } from "./version.js";
