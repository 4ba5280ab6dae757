/**
 * Record streams as inputs: NDJSON lines ({"url": …, "html": …}) and WARC archives (.warc,
 * .warc.gz, read with warcio). Each page becomes one task, produced lazily, so memory does not
 * grow with the archive. Damage (a malformed line, a truncated record or gzip member) becomes a
 * task that carries its error, and reading goes on where it can.
 */
import readline from "node:readline";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { WARCParser } from "warcio";
import type { Task } from "./tasks.js";
import type { ErrorCode } from "../schema/record.js";

const enc = new TextEncoder();

function streamTask(display: string, rel: string, n: number, fields: Partial<Task>): Task {
  return { item: { path: `${display}#${n}`, rel: `${rel}/${String(n).padStart(6, "0")}`, file: null }, stream: true, ...fields };
}

function damaged(display: string, rel: string, n: number, code: ErrorCode, message: string): Task {
  return streamTask(display, rel, n, { preError: { code, message } });
}

/** One task per non-empty line. */
export async function* ndjsonTasks(source: Readable, display: string, rel: string): AsyncGenerator<Task> {
  const lines = readline.createInterface({ input: source, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield damaged(display, rel, n, "BAD_RECORD", `line ${n}: not JSON: ${(e as Error).message}`);
      continue;
    }
    const o = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const html = o?.["html"];
    const url = o?.["url"];
    if (typeof html !== "string") {
      yield damaged(display, rel, n, "BAD_RECORD", `line ${n}: expected an object with a string "html" field`);
      continue;
    }
    yield streamTask(display, rel, n, { bytes: enc.encode(html), url: typeof url === "string" ? url : null });
  }
}

export interface WarcCounters {
  skipped: number;
}

/** HTTP response headers and body of a WARC response block (dechunked and decompressed). */
function splitHttp(block: Uint8Array): { headers: Map<string, string>; body: Uint8Array } | null {
  let end = -1;
  for (let i = 0; i + 3 < block.length; i++) {
    if (block[i] === 13 && block[i + 1] === 10 && block[i + 2] === 13 && block[i + 3] === 10) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const head = new TextDecoder("latin1").decode(block.subarray(0, end));
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n").slice(1)) {
    const c = line.indexOf(":");
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  let body: Uint8Array = block.subarray(end + 4);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body);
  const ce = (headers.get("content-encoding") ?? "").toLowerCase();
  try {
    if (ce === "gzip" || ce === "x-gzip") body = zlib.gunzipSync(body);
    else if (ce === "deflate") body = zlib.inflateSync(body);
    else if (ce === "br") body = zlib.brotliDecompressSync(body);
  } catch {
    /* a body that does not decompress is passed on as it is; extraction decides */
  }
  return { headers, body };
}

function dechunk(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let i = 0;
  while (i < b.length) {
    let j = i;
    while (j + 1 < b.length && !(b[j] === 13 && b[j + 1] === 10)) j++;
    const size = parseInt(new TextDecoder("latin1").decode(b.subarray(i, j)).split(";")[0] ?? "", 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(b.subarray(j + 2, j + 2 + size));
    i = j + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export function hostAllowed(url: string | null, sites: readonly string[] | null): boolean {
  if (!sites || sites.length === 0) return true;
  let host = "";
  try {
    host = url ? new URL(url).hostname.toLowerCase() : "";
  } catch {
    return false;
  }
  const labels = host.split(".");
  return sites.some((s) => labels.includes(s.toLowerCase()) || host === s || host.endsWith(`.${s}`));
}

/**
 * One task per WARC `response` record with an HTML payload. `--filter-site` keeps pages of the
 * named sites by host, before the payload is read. A record shorter than its Content-Length, or
 * compressed bytes left over after the last record, are damage: one error task, then the end.
 */
export async function* warcTasks(source: Readable, display: string, rel: string, counters: WarcCounters, filterSites: readonly string[] | null): AsyncGenerator<Task> {
  let consumed = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      const b = chunk as Uint8Array;
      consumed += b.length;
      yield b;
    }
  }
  const parser = new WARCParser(counted(), { parseHttp: false });
  let n = 0;
  let lastEnd = 0;
  try {
    for await (const record of parser) {
      n++;
      const type = record.warcType;
      const url = record.warcTargetURI ?? null;
      if (type !== "response" || !hostAllowed(url, filterSites)) {
        counters.skipped++;
        await record.skipFully();
        lastEnd = parser.offset + parser.recordLength;
        continue;
      }
      const block = await record.readFully();
      lastEnd = parser.offset + parser.recordLength;
      const declared = Number(record.warcContentLength);
      if (Number.isFinite(declared) && block.length < declared) {
        yield damaged(display, rel, n, "UNREADABLE", `WARC record ${n} (${url ?? "no URI"}) is truncated: ${block.length} of ${declared} bytes`);
        return;
      }
      const http = splitHttp(block);
      const ctype = http?.headers.get("content-type") ?? "";
      if (!http || !/html|xhtml/i.test(ctype)) {
        counters.skipped++;
        continue;
      }
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ctype)?.[1] ?? null;
      yield streamTask(display, rel, n, { bytes: http.body, url, charsetHint: charset });
    }
  } catch (e) {
    yield damaged(display, rel, n + 1, "UNREADABLE", `WARC archive damaged after record ${n}: ${(e as Error).message}`);
    return;
  }
  // compressed bytes that produced no record: a gzip member cut short
  if (consumed > lastEnd + 4 && n >= 0) {
    yield damaged(display, rel, n + 1, "UNREADABLE", `WARC archive damaged after record ${n}: ${consumed - lastEnd} trailing bytes are no complete record`);
  }
}
