/** One task to one record: read the bytes (unless in hand), extract. Shared by the main thread and the workers. */
import type { Readable } from "node:stream";
import { extractDetailed, errorRecord, inputInfo, type DetailedResult } from "../pipeline/extract.js";
import type { CompiledLexicon } from "../entities/index.js";
import { readInput } from "./read.js";
import type { Task } from "./tasks.js";

export async function runTask(task: Task, opts: { lexicon: CompiledLexicon; maxBytes: number; articleOnly: boolean; stdin: Readable }): Promise<DetailedResult> {
  const options = { path: task.item.path, url: task.url ?? null, charsetHint: task.charsetHint ?? null, lexicon: opts.lexicon, maxBytes: opts.maxBytes, articleOnly: opts.articleOnly };
  if (task.preError) return { record: errorRecord(inputInfo(task.bytes ?? new Uint8Array(0), options, null), task.preError.code, task.preError.message), explain: null };
  if (task.bytes) return extractDetailed(task.bytes, options);
  const read = await readInput(task.item, opts.stdin, opts.maxBytes);
  if (!read.ok) return { record: errorRecord(inputInfo(read.bytes, options, null), read.code, read.message), explain: null };
  return extractDetailed(read.bytes, options);
}
