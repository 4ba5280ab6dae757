/**
 * Bytes to text. Order (STRUCTURE.md §0): BOM; then a whole-file UTF-8 validity check
 * (a page that declares euc-kr but is valid UTF-8 is UTF-8: recorders re-encode bodies);
 * then the charset of a <meta> tag (never a charset= on <script>); then a transport hint
 * (HTTP Content-Type); then CP949, the superset of EUC-KR that Korean pages really use.
 */

import { isAscii as isAsciiBuffer, isUtf8 } from "node:buffer";

/** Which encoding decoded a page, and how cleanly. */
export interface Decoding {
  /** WHATWG encoding label actually used: "utf-8", "euc-kr", "utf-16le", ... */
  encoding: string;
  /** How the encoding was chosen: "bom", "utf-8-valid", "meta", "hint", "sniff-cp949", "ascii". */
  via: "bom" | "utf-8-valid" | "meta" | "hint" | "sniff-cp949" | "ascii";
  /** Replacement characters produced by a lenient decode (0 for a clean decode). */
  replacements: number;
}

export interface Decoded extends Decoding {
  text: string;
}

/**
 * The decoded text in pieces, whose concatenation is the text: a decoded page is never one long
 * string. V8 keeps a string of 128 KB or more (64K two-byte code units) in its large-object
 * space, which maps fresh memory for each one; on a virtual machine where a page fault is slow,
 * making a 250 KB page's string took longer than parsing it. htmlparser2 reads the pieces one
 * after another and builds the same document.
 */
export interface DecodedChunks extends Decoding {
  chunks: string[];
}

/** Bytes per piece of decoded text: every encoding here makes at most one code unit of a byte, so a piece stays below 64K code units. */
export const CHUNK_BYTES = 32 * 1024;

/** How far into the file a <meta charset> is looked for (the HTML spec's prescan reads 1024 bytes; saved pages put scripts first, so we read further). */
const META_SCAN_BYTES = 8192;

/** Labels that mean the Korean legacy encodings; all are decoded as CP949 (WHATWG "euc-kr"). */
const KOREAN_LABELS = new Set(["euc-kr", "euckr", "cp949", "ms949", "windows-949", "ks_c_5601-1987", "ksc5601", "korean", "x-windows-949", "uhc"]);

export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (!l) return null;
  if (KOREAN_LABELS.has(l)) return "euc-kr";
  if (l === "utf8" || l === "utf-8" || l === "unicode-1-1-utf-8") return "utf-8";
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/**
 * The charset declared by a <meta> tag, read from the start of the file as ASCII.
 * Script and style bodies and comments are skipped, and only <meta> tags count, so a
 * `<script charset="UTF-8">` before the real declaration is not taken.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, META_SCAN_BYTES));
  const tag = /<meta\b([^>]*)>/gi;
  const stripped = head
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, " ");
  for (let m = tag.exec(stripped); m; m = tag.exec(stripped)) {
    const attrs = m[1] ?? "";
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=/i.test(attrs.slice(0, direct.index))) {
      return normalizeCharsetLabel(direct[1]);
    }
    if (/http-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const c = /charset\s*=\s*([\w.:-]+)/i.exec(attrs);
      if (c) return normalizeCharsetLabel(c[1]);
    }
    if (direct) return normalizeCharsetLabel(direct[1]);
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
}

function isAscii(bytes: Uint8Array): boolean {
  return isAsciiBuffer(bytes);
}

/** The pieces a streaming decoder makes of `bytes`, CHUNK_BYTES at a time; null when a fatal decoder meets an invalid sequence. */
function streamDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string[] | null {
  const chunks: string[] = [];
  try {
    const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
      const piece = decoder.decode(bytes.subarray(i, i + CHUNK_BYTES), { stream: true });
      if (piece) chunks.push(piece);
    }
    const rest = decoder.decode();
    if (rest) chunks.push(rest);
  } catch {
    return null;
  }
  return chunks;
}

/** Valid UTF-8 or ASCII bytes as pieces, each cut before a character's first byte. */
function bufferChunks(bytes: Uint8Array, encoding: "utf8" | "latin1"): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const chunks: string[] = [];
  for (let i = 0; i < buf.length; ) {
    let end = Math.min(buf.length, i + CHUNK_BYTES);
    // a continuation byte (10xxxxxx) belongs to the character before it
    while (end < buf.length && (buf[end]! & 0xc0) === 0x80) end--;
    chunks.push(buf.toString(encoding, i, end));
    i = end;
  }
  return chunks;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

function lenient(bytes: Uint8Array, encoding: string, via: Decoding["via"]): DecodedChunks {
  const chunks = streamDecode(bytes, encoding, false) as string[];
  return { chunks, encoding, via, replacements: chunks.reduce((n, c) => n + countReplacements(c), 0) };
}

/**
 * A page given as text: what decodeBytes makes of the text's UTF-8 encoding (the bytes the
 * record describes), without encoding and decoding it again. A lone surrogate becomes U+FFFD,
 * as the encoder would make it; a leading U+FEFF is a BOM; all-ASCII text takes the encoding
 * its <meta> declares, as ASCII bytes do. `size` is the text's UTF-8 length.
 */
export function decodeString(input: string, size: number): DecodedChunks {
  const text = input.isWellFormed() ? input : input.toWellFormed();
  if (text.charCodeAt(0) === 0xfeff) {
    const rest = text.slice(1);
    return { chunks: [rest], encoding: "utf-8", via: "bom", replacements: countReplacements(rest) };
  }
  // (a lone surrogate and its U+FFFD are 3 bytes alike, so the size holds for the repaired text)
  if (size === text.length) {
    return { chunks: [text], encoding: normalizeCharsetLabel(metaCharset(Buffer.from(text.slice(0, META_SCAN_BYTES), "latin1"))) ?? "utf-8", via: "ascii", replacements: 0 };
  }
  return { chunks: [text], encoding: "utf-8", via: "utf-8-valid", replacements: 0 };
}

/**
 * The first `length` characters of text given in pieces; with `afterSpace`, of what follows its
 * leading whitespace (String#trimStart's).
 */
export function textStart(chunks: readonly string[], length: number, afterSpace = false): string {
  let out = "";
  for (const c of chunks) {
    if (out.length >= length) break;
    out += (afterSpace && out === "" ? c.trimStart() : c).slice(0, length - out.length);
  }
  return out;
}

export interface DecodeOptions {
  /** A charset from the transport (HTTP Content-Type of a WARC record). */
  charsetHint?: string | null;
}

/** The bytes as text, in one string (decodeChunks keeps the pieces). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { chunks, ...decoding } = decodeChunks(bytes, options);
  return { text: chunks.join(""), ...decoding };
}

export function decodeChunks(bytes: Uint8Array, options: DecodeOptions = {}): DecodedChunks {
  const bom = bomEncoding(bytes);
  if (bom) return lenient(bytes.subarray(bom.skip), bom.encoding, "bom");
  if (isAscii(bytes)) {
    return { chunks: bufferChunks(bytes, "latin1"), encoding: normalizeCharsetLabel(metaCharset(bytes)) ?? "utf-8", via: "ascii", replacements: 0 };
  }
  // simdutf validation, then a plain decode: several times faster than a fatal TextDecoder
  if (isUtf8(bytes)) return { chunks: bufferChunks(bytes, "utf8"), encoding: "utf-8", via: "utf-8-valid", replacements: 0 };

  const declared = metaCharset(bytes);
  const hint = normalizeCharsetLabel(options.charsetHint);
  for (const [label, via] of [
    [declared, "meta"],
    [hint, "hint"],
  ] as const) {
    if (!label || label === "utf-8") continue;
    const chunks = streamDecode(bytes, label, true);
    if (chunks !== null) return { chunks, encoding: label, via, replacements: 0 };
  }
  const cp949 = streamDecode(bytes, "euc-kr", true);
  if (cp949 !== null) return { chunks: cp949, encoding: "euc-kr", via: "sniff-cp949", replacements: 0 };

  // Nothing decodes cleanly: pick the candidate with the fewest replacement characters.
  const candidates = [...new Set([declared, hint, "utf-8", "euc-kr"].filter((x): x is string => !!x))];
  let best: DecodedChunks | null = null;
  for (const enc of candidates) {
    const d = lenient(bytes, enc, enc === declared ? "meta" : enc === hint ? "hint" : enc === "utf-8" ? "utf-8-valid" : "sniff-cp949");
    if (!best || d.replacements < best.replacements) best = d;
  }
  return best as DecodedChunks;
}
