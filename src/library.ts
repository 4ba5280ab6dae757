/** The library entry points. */
import { extractRecord, type ExtractOptions } from "./pipeline/extract.js";
import type { GisaRecord } from "./schema/record.js";
import { compileLexicon, mergeLexicons, builtinLexiconEntries, type CompiledLexicon } from "./entities/index.js";
import type { LexiconEntry } from "./entities/lexicon-schema.js";

export interface LibraryOptions extends Omit<ExtractOptions, "lexicon"> {
  /** A compiled lexicon, or extra entries merged over the built-in lexicon. */
  lexicon?: CompiledLexicon | LexiconEntry[];
}

export interface ExtractInput {
  /** The page: HTML text or the bytes as saved (any encoding gisa detects). */
  html: string | Uint8Array;
  url?: string | null;
  path?: string | null;
}

function resolveLexicon(l: LibraryOptions["lexicon"]): CompiledLexicon | undefined {
  if (!l) return undefined;
  return Array.isArray(l) ? compileLexicon(mergeLexicons(builtinLexiconEntries(), l)) : l;
}

/**
 * One page to one record (an article or an error; it never throws for bad input).
 * @example
 * const rec = extract(fs.readFileSync("page.html"), { url: "https://v.daum.net/v/20251210104450961" });
 * if (!("error" in rec)) console.log(rec.article.title, rec.claims.length);
 */
export function extract(input: string | Uint8Array, options: LibraryOptions = {}): GisaRecord {
  const { lexicon: given, ...rest } = options;
  const lexicon = resolveLexicon(given);
  return extractRecord(input, { ...rest, ...(lexicon ? { lexicon } : {}) });
}

/**
 * Many pages to records, in input order, as an async iterable; pages are processed one at a
 * time so memory stays flat. Inputs may be an array, a generator or an async iterable.
 * @example
 * for await (const rec of extractAll(pages.map((html) => ({ html })))) console.log(rec.article?.title);
 */
export async function* extractAll(
  inputs: Iterable<ExtractInput | string | Uint8Array> | AsyncIterable<ExtractInput | string | Uint8Array>,
  options: LibraryOptions = {},
): AsyncGenerator<GisaRecord> {
  const { lexicon: given, ...rest } = options;
  const lexicon = resolveLexicon(given);
  for await (const input of inputs) {
    const item: ExtractInput = typeof input === "string" || input instanceof Uint8Array ? { html: input } : input;
    yield extractRecord(item.html, { ...rest, ...(lexicon ? { lexicon } : {}), url: item.url ?? rest.url ?? null, path: item.path ?? rest.path ?? null });
  }
}
