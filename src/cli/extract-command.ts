/** `gisa extract`: inputs → records → json / ndjson / pretty / --out, with a summary and exit status. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Io } from "./io.js";
import { write, colorLevel } from "./io.js";
import { expandInputs, type InputProblem } from "./inputs.js";
import { outPath, writeAtomic, removeTemporaries } from "./out-dir.js";
import { prettyRecord } from "./pretty.js";
import { pooled, type Result } from "./pool.js";
import { batchTasks, streamKind, type Task } from "./tasks.js";
import type { Packed } from "./packed.js";
import { Progress } from "./progress.js";

const intString = (name: string, min: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min, `${name} must be at least ${min}`);

export const ExtractCliOptionsSchema = z.object({
  inputs: z.array(z.string()),
  format: z.enum(["json", "ndjson", "pretty"]).optional(),
  out: z.string().min(1).optional(),
  url: z.url({ message: "--url must be an absolute URL" }).optional(),
  lexicon: z.array(z.string()).default([]),
  ext: z
    .string()
    .default(".html,.htm,.shtml,.txt")
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean)
        .map((x) => (x.startsWith(".") ? x : `.${x}`)),
    ),
  inputFormat: z.enum(["auto", "html", "ndjson", "warc"]).default("auto"),
  filterSite: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : null)),
  jobs: intString("--jobs", 1).optional(),
  failOn: z.enum(["error", "warning", "never"]).default("error"),
  maxBytes: intString("--max-bytes", 1),
  timeout: intString("--timeout", 1),
  maxHeap: intString("--max-heap", 32),
  youngHeap: intString("--young-heap", 1),
  articleOnly: z.boolean().default(false),
  explain: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type ExtractCliOptions = z.infer<typeof ExtractCliOptionsSchema>;

/** Exit statuses for a batch stopped by a signal (128 + the signal's number). */
export const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Pulls the first two tasks so the format default is known before output starts: json for one
 * input, ndjson for several or for a record stream (however many records it holds).
 */
async function peek(tasks: AsyncGenerator<Task>): Promise<{ several: boolean; stream: boolean; all: AsyncGenerator<Task> }> {
  const head: Task[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await tasks.next();
    if (r.done) break;
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<Task> {
    yield* head;
    yield* tasks;
  }
  return { several: head.length !== 1, stream: head.some((t) => t.stream === true), all: all() };
}

export async function runExtract(opts: ExtractCliOptions, io: Io): Promise<number> {
  const started = performance.now();
  if (opts.lexicon.length > 0) (await import("./lexicon-files.js")).loadLexiconEntries(opts.lexicon, io.cwd); // refuse a bad lexicon before any work
  const problems: InputProblem[] = [];
  const counters = { skipped: 0 };
  const args = opts.inputs.length > 0 ? opts.inputs : ["-"];
  const plainFiles = args.every((a) => streamKind(a, opts.inputFormat) === "html");
  const { several, stream, all } = await peek(
    batchTasks(args, { cwd: io.cwd, extensions: opts.ext, inputFormat: opts.inputFormat, filterSites: opts.filterSite, url: opts.url ?? null, stdin: io.stdin }, problems, counters),
  );
  const format = opts.format ?? (several || stream ? "ndjson" : "json");
  const jobs = opts.jobs ?? os.availableParallelism();
  const showProgress = !opts.quiet && several && !!io.stderr.isTTY;
  // the total is known for plain pages (a second, cheap walk of the names); streams count as they go
  const total = showProgress && plainFiles ? countInputs(args, io.cwd, opts.ext) : null;
  const progress = new Progress(io, total, showProgress);
  const level = colorLevel(io, io.stdout);
  const shape = format === "pretty" && !opts.out ? "object" : format === "ndjson" && !opts.out ? "compact" : "indented";
  const poolOpts = { shape: shape as "object" | "compact" | "indented", heap: { oldMb: opts.maxHeap, youngMb: opts.youngHeap }, jobs, lexicon: opts.lexicon, cwd: io.cwd, maxBytes: opts.maxBytes, timeout: opts.timeout, articleOnly: opts.articleOnly, ...(io.signal ? { signal: io.signal } : {}) };
  // every input runs in a worker, so --timeout holds for a single page too; -j 0 is not allowed,
  // and a single input needs one worker only
  const results: AsyncGenerator<Result> = pooled(all, { ...poolOpts, jobs: several ? jobs : 1 }, io);

  let ok = 0;
  let failed = 0;
  let warned = 0;
  let index = 0;
  const outDir = opts.out ? path.resolve(io.cwd, opts.out) : null;
  if (outDir) {
    try {
      await fs.promises.mkdir(outDir, { recursive: true });
      await fs.promises.access(outDir, fs.constants.W_OK);
    } catch (e) {
      await results.return(undefined);
      await write(io.stderr, `gisa: cannot write to --out ${opts.out}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const array = format === "json" && several && !outDir;
  if (array) await write(io.stdout, "[");
  try {
    for await (const { task, packed } of results) {
      for (const p of problems.splice(0)) if (!opts.quiet) await note(io, progress, `gisa: warning: ${p.path}: ${p.message}`);
      if (packed.error) {
        failed++;
        if (!opts.quiet) await note(io, progress, `gisa: ${task.item.path}: ${packed.error.code}: ${packed.error.message}`);
      } else {
        ok++;
        if (packed.warnings.length > 0) warned++;
        if (!opts.quiet && opts.failOn === "warning") for (const w of packed.warnings) await note(io, progress, `gisa: warning: ${task.item.path}: ${w.code}: ${w.message}`);
      }
      if (opts.explain && packed.explain) await note(io, progress, `gisa: explain: ${task.item.path}: ${JSON.stringify(packed.explain)}`);
      await emit(packed, task, format, outDir, io, level, array ? index : -1);
      index++;
      progress.tick();
      if (io.signal?.aborted) break;
    }
  } finally {
    await results.return(undefined);
    if (outDir) await removeTemporaries();
  }
  for (const p of problems.splice(0)) if (!opts.quiet) await note(io, progress, `gisa: warning: ${p.path}: ${p.message}`);
  if (array) await write(io.stdout, index > 0 ? "\n]\n" : "]\n");
  progress.clear();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const skipped = counters.skipped ? `, ${counters.skipped} stream records skipped (not HTML responses or filtered)` : "";
  if (io.signal?.aborted) {
    if (!opts.quiet) await write(io.stderr, `gisa: interrupted after ${index} records (${ok} ok, ${failed} failed)\n`);
    return SIGNAL_EXIT[String(io.signal.reason)] ?? 130;
  }
  if (!opts.quiet && several) await write(io.stderr, `gisa: ${ok} ok, ${failed} failed${warned ? `, ${warned} with warnings` : ""}${skipped} in ${seconds}s\n`);

  if (opts.failOn === "never") return 0;
  if (failed > 0) return 1;
  if (opts.failOn === "warning" && (warned > 0 || problems.length > 0)) return 1;
  return 0;
}

function countInputs(args: readonly string[], cwd: string, extensions: readonly string[]): number {
  let n = 0;
  for (const _ of expandInputs(args, { cwd, extensions }, [])) n++;
  return n;
}

async function note(io: Io, progress: Progress, line: string): Promise<void> {
  progress.clear();
  await write(io.stderr, `${line}\n`);
}

async function emit(packed: Packed, task: Task, format: string, outDir: string | null, io: Io, level: 0 | 1 | 2 | 3, arrayIndex: number): Promise<void> {
  if (outDir) {
    await writeAtomic(outPath(outDir, task.item.rel), packed.line ?? "");
    return;
  }
  if (format === "pretty" && packed.record) await write(io.stdout, prettyRecord(packed.record, level));
  else if (!packed.line) return;
  else if (arrayIndex >= 0) {
    // inside the JSON array: the separator before the record, and the record without its newline
    await write(io.stdout, arrayIndex > 0 ? ",\n" : "\n");
    await write(io.stdout, packed.line.subarray(0, packed.line.length - 1));
  } else await write(io.stdout, packed.line);
}
