/**
 * The batch as a lazy stream of tasks: plain pages (files, folder entries, globs, standard
 * input) and the pages inside record streams (NDJSON, WARC). Stream files are opened only when
 * the batch reaches them.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { expandInputs, type InputItem, type InputProblem } from "./inputs.js";
import { ndjsonTasks, warcTasks, type WarcCounters } from "./streams.js";
import type { ErrorCode } from "../schema/record.js";

export interface Task {
  item: InputItem;
  /** Bytes already in hand (standard input, stream records); otherwise the worker reads item.file. */
  bytes?: Uint8Array;
  url?: string | null;
  charsetHint?: string | null;
  /** A record that is damage, not a page. */
  preError?: { code: ErrorCode; message: string };
  /** From a record stream (NDJSON, WARC): the output is NDJSON by default however many records it holds. */
  stream?: boolean;
}

export type InputFormat = "auto" | "html" | "ndjson" | "warc";

export function streamKind(file: string, format: InputFormat): "html" | "ndjson" | "warc" {
  if (format !== "auto") return format;
  const f = file.toLowerCase();
  if (f.endsWith(".ndjson") || f.endsWith(".jsonl")) return "ndjson";
  if (f.endsWith(".warc") || f.endsWith(".warc.gz")) return "warc";
  return "html";
}

export interface TaskOptions {
  cwd: string;
  extensions: readonly string[];
  inputFormat: InputFormat;
  filterSites: readonly string[] | null;
  url: string | null;
  stdin: Readable;
}

const STREAM_EXTENSIONS = [".ndjson", ".jsonl", ".warc", ".gz"];

export async function* batchTasks(args: readonly string[], opts: TaskOptions, problems: InputProblem[], counters: WarcCounters): AsyncGenerator<Task> {
  // folders contribute stream files too when they are named by extension (or by --input-format)
  const extensions = opts.inputFormat === "auto" ? [...opts.extensions, ...STREAM_EXTENSIONS] : opts.extensions;
  for (const item of expandInputs(args, { cwd: opts.cwd, extensions }, problems)) {
    const name = item.file ?? item.path;
    const kind = item.file === null && opts.inputFormat === "auto" ? "html" : streamKind(name, opts.inputFormat);
    if (item.file !== null && kind === "html" && name.toLowerCase().endsWith(".gz")) continue; // a .gz that is no WARC
    if (kind === "html") {
      yield { item, url: opts.url };
      continue;
    }
    let source: Readable;
    let file: Readable | null = null;
    if (item.file === null) source = opts.stdin;
    else {
      try {
        await fs.promises.access(item.file, fs.constants.R_OK);
      } catch (e) {
        yield { item, stream: true, preError: { code: "UNREADABLE", message: `cannot read ${item.path}: ${(e as Error).message}` } };
        continue;
      }
      file = fs.createReadStream(item.file);
      source = file;
      // gzip members are inflated by zlib (native, streaming), not by warcio's JavaScript inflate:
      // less memory and time in the thread that also writes the records
      if (kind === "warc" && name.toLowerCase().endsWith(".gz")) source = file.pipe(zlib.createGunzip());
    }
    const rel = item.rel.replace(/\.(ndjson|jsonl|warc(\.gz)?)$/i, "");
    try {
      if (kind === "ndjson") yield* ndjsonTasks(source, item.path, rel);
      else yield* warcTasks(source, item.path, rel, counters, opts.filterSites);
    } finally {
      if (item.file !== null) source.destroy();
      file?.destroy();
    }
  }
}
