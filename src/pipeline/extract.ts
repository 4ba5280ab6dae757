/**
 * The whole pipeline for one input: bytes → decode → article → entities → claims → one
 * validated record. Pure: no clock, no network, no file system. Every failure becomes an
 * error record; nothing here throws for bad input.
 */
import {
  ArticleRecordSchema,
  SCHEMA_VERSION,
  type ArticleRecord,
  type ErrorCode,
  type GisaRecord,
  type InputInfo,
  type Warning,
} from "../schema/record.js";
import { TOOL, inputInfo, inputSize, errorRecord } from "./records.js";
import { decodeChunks, decodeString, textStart } from "./decode.js";
import { extractArticle } from "./article.js";
import { stripControls } from "../text/normalize.js";
import { defaultLexicon, findEntities, type CompiledLexicon } from "../entities/index.js";
import { findClaims } from "../claims/index.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ExtractOptions {
  /** The page's address when the bytes do not carry it. */
  url?: string | null;
  /** Shown as input.path. */
  path?: string | null;
  /** A charset from the transport (WARC/HTTP Content-Type). */
  charsetHint?: string | null;
  /** The entity lexicon; the built-in one by default. */
  lexicon?: CompiledLexicon;
  /** Inputs larger than this are TOO_LARGE. */
  maxBytes?: number;
  /** Skip the entity and claim stages (article only). */
  articleOnly?: boolean;
}

export class ExtractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}


/** Share of U+FFFD among non-ASCII characters above which the bytes are not text in any encoding we know. */
const MAX_REPLACEMENT_SHARE = 0.2;

const MAGIC: readonly [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["gzip data", [0x1f, 0x8b]],
  ["zip archive", [0x50, 0x4b, 0x03, 0x04]],
  ["WebP/RIFF data", [0x52, 0x49, 0x46, 0x46]],
];

/** How much of the start of an input is looked at for binary data. */
const SNIFF_BYTES = 4096;

function magicName(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** Binary data by its share of NUL and other control bytes among the first `length` bytes. */
function controlVerdict(nul: number, control: number, length: number): string | null {
  if (length > 0 && (nul > 0 && nul / length > 0.01 || control / length > 0.1)) return "binary data";
  return null;
}

function sniffBinary(bytes: Uint8Array): string | null {
  const magic = magicName(bytes);
  if (magic) return magic;
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return controlVerdict(nul, control, length);
}

/**
 * sniffBinary of a text's UTF-8 bytes, read from the text: a control byte is an ASCII character,
 * and every other character only adds to the count of bytes looked at (2–4 bytes ≥ 0x80).
 */
function sniffText(text: string): string | null {
  // the longest signature is 4 bytes, and 4 characters encode to at least 4
  const magic = magicName(new TextEncoder().encode(text.slice(0, 4)));
  if (magic) return magic;
  let bytes = 0;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length && bytes < SNIFF_BYTES; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes++;
      if (c === 0) nul++;
      else if (c < 9 || (c > 13 && c < 32)) control++;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is encoded as U+FFFD
  }
  return controlVerdict(nul, control, Math.min(bytes, SNIFF_BYTES));
}

export { inputInfo, errorRecord } from "./records.js";

function countNonAscii(chunks: readonly string[]): number {
  let n = 0;
  for (const text of chunks) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function looksLikeData(chunks: readonly string[]): string | null {
  const t = textStart(chunks, 2000, true);
  if ((t.startsWith("{") || t.startsWith("[")) && !/<[a-z!/]/i.test(t)) return "JSON";
  return null;
}

const TAG_START = /<[a-zA-Z!/]/;
const TAG_NAME_START = /^[a-zA-Z!/]/;

/** Whether the text has a `<` that starts a tag, a comment or a closing tag; one may span two pieces. */
function hasMarkup(chunks: readonly string[]): boolean {
  return chunks.some((c, i) => TAG_START.test(c) || (i > 0 && chunks[i - 1]!.endsWith("<") && TAG_NAME_START.test(c)));
}

/** One input to one record. Never throws for bad input. */
export function extractRecord(input: Uint8Array | string, options: ExtractOptions = {}): GisaRecord {
  return extractDetailed(input, options).record;
}

export interface DetailedResult {
  record: GisaRecord;
  /** Which rule produced each article field (null for error records). */
  explain: Record<string, string> | null;
}

/** extractRecord plus the rules that produced each field, for --explain and golden diffs. */
export function extractDetailed(input: Uint8Array | string, options: ExtractOptions = {}): DetailedResult {
  const explained: { value: Record<string, string> | null } = { value: null };
  const record = extractInner(input, options, explained);
  return { record, explain: "error" in record ? null : explained.value };
}

function extractInner(input: Uint8Array | string, options: ExtractOptions, explained: { value: Record<string, string> | null }): GisaRecord {
  // text stands for its UTF-8 bytes; it is not encoded and decoded again
  const size = inputSize(input);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return errorRecord(inputInfo(input, options, null, size), "TOO_LARGE", `input is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  if (size === 0) return errorRecord(inputInfo(input, options, null, size), "EMPTY", "input is empty");
  const binary = typeof input === "string" ? sniffText(input) : sniffBinary(input);
  if (binary) return errorRecord(inputInfo(input, options, null, size), "NOT_HTML", `input is ${binary}, not HTML`);

  const decoded = typeof input === "string" ? decodeString(input, size) : decodeChunks(input, { charsetHint: options.charsetHint ?? null });
  const info = inputInfo(input, options, decoded.encoding, size);
  try {
    return buildRecord(decoded.chunks, decoded.replacements, info, options, explained);
  } catch (e) {
    if (e instanceof ExtractError) return errorRecord(info, e.code, e.message);
    return errorRecord(info, "INTERNAL", `extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function buildRecord(rawChunks: readonly string[], replacements: number, info: InputInfo, options: ExtractOptions, explained: { value: Record<string, string> | null }): ArticleRecord {
  // a piece of control characters only is dropped: a tag's `<` and its name then sit in one piece or in two neighbouring ones
  const chunks = rawChunks.map(stripControls).filter((c) => c !== "");
  if (chunks.every((c) => c.trim() === "")) throw new ExtractError("EMPTY", "input has only whitespace");
  if (replacements > 0 && replacements / Math.max(1, countNonAscii(chunks)) > MAX_REPLACEMENT_SHARE) {
    throw new ExtractError("DECODE_FAILED", `the bytes do not decode as UTF-8 or EUC-KR/CP949 (${replacements} invalid sequences)`);
  }
  const data = looksLikeData(chunks);
  if (data) throw new ExtractError("NOT_HTML", `input is ${data}, not HTML`);
  if (!hasMarkup(chunks)) throw new ExtractError("NOT_HTML", "input has no HTML markup");

  const warnings: Warning[] = [];
  if (replacements > 0) warnings.push({ code: "DECODE_REPLACED", message: `${replacements} byte sequences were not valid ${info.encoding} and were replaced` });
  const { site, article, warnings: articleWarnings, explain } = extractArticle(chunks, { url: info.url });
  explained.value = { encoding: info.encoding ?? "?", ...explain };
  warnings.push(...articleWarnings);
  if (!article.title && article.paragraphs.length === 0) throw new ExtractError("NO_ARTICLE", "no article title or body found on the page");

  let entities: ArticleRecord["entities"] = [];
  let claims: ArticleRecord["claims"] = [];
  if (!options.articleOnly) {
    const paragraphs = article.paragraphs.map((p) => p.text);
    const found = findEntities({ title: article.title, paragraphs }, options.lexicon ?? defaultLexicon());
    const result = findClaims({ paragraphs, entities: found, publishedAt: article.publishedAt });
    entities = result.entities;
    claims = result.claims;
  }
  const record = {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    input: { ...info, url: info.url ?? article.url },
    site,
    article,
    entities,
    claims,
    warnings,
  };
  const parsed = ArticleRecordSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExtractError("INTERNAL", `record failed the schema at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}
