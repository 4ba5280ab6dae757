/**
 * The output contract: one record per input, an article or an error.
 * Types are inferred from these schemas; `gisa schema` prints their JSON Schema.
 * Key order here is the key order of every record gisa writes.
 */
import { z } from "zod";

export const SCHEMA_VERSION = "1" as const;

/** ISO 8601 date-time with an explicit offset, e.g. 2025-12-10T10:44:50+09:00. */
const IsoDateTime = z.iso.datetime({ offset: true, local: false });
/** A calendar day, YYYY-MM-DD. */
const IsoDate = z.iso.date();

export const ENTITY_TYPES = ["chip", "company", "regulator", "source", "person", "country", "organization"] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const CLAIM_KINDS = ["reported", "quoted", "statement", "analysis", "background"] as const;
export const ClaimKindSchema = z.enum(CLAIM_KINDS);

export const ERROR_CODES = [
  "EMPTY",
  "NOT_HTML",
  "TOO_LARGE",
  "TIMEOUT",
  "UNREADABLE",
  "DECODE_FAILED",
  "NO_ARTICLE",
  "BAD_RECORD",
  "INTERNAL",
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ToolSchema = z.strictObject({
  name: z.literal("gisa"),
  version: z.string(),
});

export const InputSchema = z.strictObject({
  path: z.string().nullable().describe("the file the record came from; '-' for standard input; null for library calls"),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().nullable().describe("the character encoding used to decode the bytes"),
  url: z.string().nullable().describe("the page's address when known (--url, a stream record, or the page itself)"),
});

/** A span of one paragraph: paragraphs[paragraph].text.slice(start, end) === text. */
const Span = {
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
};

export const MentionSchema = z.strictObject(Span);

export const EntitySchema = z.strictObject({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().describe("canonical name (English where one exists)"),
  label: z.string().describe("the form the article uses most"),
  aliases: z.array(z.string()),
  known: z.boolean().describe("true when the entity comes from a lexicon, false when a pattern found it"),
  count: z.number().int().nonnegative(),
  salience: z.number().min(0).max(1),
  mentions: z.array(MentionSchema),
});

export const EntityRefSchema = z.strictObject({
  entity: z.string().nullable().describe("entity id when the text names a known entity"),
  text: z.string().describe("the text as printed"),
});

export const CitingSchema = z.strictObject({
  entity: z.string().nullable(),
  text: z.string(),
  anonymous: z.boolean(),
});

export const AttributionSchema = z.strictObject({
  source: EntityRefSchema.nullable(),
  verb: z.string().nullable().describe("the reporting verb as printed"),
  via: EntityRefSchema.nullable().describe("the channel of the statement"),
  citing: z.array(CitingSchema),
  date: IsoDate.nullable().describe("the day the statement or report was made"),
});

export const QuoteSchema = z.strictObject({
  ...Span,
  speaker: EntityRefSchema.nullable(),
});

export const ClaimSchema = z.strictObject({
  id: z.string(),
  ...Span,
  kind: ClaimKindSchema,
  attribution: AttributionSchema,
  quotes: z.array(QuoteSchema),
  hedged: z.boolean(),
  hedges: z.array(z.string()),
  entities: z.array(z.string()),
});

export const AuthorSchema = z.strictObject({
  name: z.string().min(1),
  email: z.string().nullable(),
});

export const ParagraphSchema = z.strictObject({
  text: z.string().min(1),
});

export const ImageSchema = z.strictObject({
  src: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});

export const ArticleSchema = z.strictObject({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  publisher: z.string().nullable().describe("the press that wrote the article"),
  portal: z.string().nullable().describe("the portal that served it (Daum, Naver), when not the publisher's own site"),
  authors: z.array(AuthorSchema),
  publishedAt: IsoDateTime.nullable(),
  modifiedAt: IsoDateTime.nullable(),
  dateText: z.string().nullable().describe("the date as the page printed it"),
  section: z.string().nullable(),
  language: z.string(),
  paragraphs: z.array(ParagraphSchema),
  images: z.array(ImageSchema),
  text: z.string().describe("paragraphs joined by blank lines"),
  copyright: z.string().nullable(),
});

export const WarningSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
});

export const ArticleRecordSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: ToolSchema,
  input: InputSchema,
  site: z.string(),
  article: ArticleSchema,
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  warnings: z.array(WarningSchema),
});

export const ErrorRecordSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: ToolSchema,
  input: InputSchema,
  error: z.strictObject({
    code: ErrorCodeSchema,
    message: z.string(),
  }),
});

export const RecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityRef = z.infer<typeof EntityRefSchema>;
export type Citing = z.infer<typeof CitingSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Author = z.infer<typeof AuthorSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type InputInfo = z.infer<typeof InputSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type GisaRecord = z.infer<typeof RecordSchema>;

/** The JSON Schema (2020-12) of one output record. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RecordSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
