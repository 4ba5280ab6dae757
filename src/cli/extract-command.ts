/** `gisa extract`: inputs → records → json / ndjson / pretty / --out, with a summary and exit status. */
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Io } from "./io.js";
import { write, colorLevel } from "./io.js";
import { expandInputs, type InputItem, type InputProblem } from "./inputs.js";
import { outPath, writeAtomic } from "./out-dir.js";
import { prettyRecord } from "./pretty.js";
import { mapRecords } from "./pool.js";
import type { GisaRecord } from "../schema/record.js";
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
  jobs: intString("--jobs", 1).optional(),
  failOn: z.enum(["error", "warning", "never"]).default("error"),
  maxBytes: intString("--max-bytes", 1),
  timeout: intString("--timeout", 1),
  articleOnly: z.boolean().default(false),
  explain: z.boolean().default(false),
  quiet: z.boolean().default(false),
});
export type ExtractCliOptions = z.infer<typeof ExtractCliOptionsSchema>;

export async function runExtract(opts: ExtractCliOptions, io: Io): Promise<number> {
  const started = performance.now();
  const problems: InputProblem[] = [];
  const args = opts.inputs.length > 0 ? opts.inputs : ["-"];
  // The list of paths is held (strings only), so the format default and progress know the count.
  const items: InputItem[] = [...expandInputs(args, { cwd: io.cwd, extensions: opts.ext }, problems)];
  for (const p of problems) if (!opts.quiet) await write(io.stderr, `gisa: warning: ${p.path}: ${p.message}\n`);
  const several = items.length !== 1;
  const format = opts.format ?? (several ? "ndjson" : "json");
  const jobs = Math.min(opts.jobs ?? os.availableParallelism(), Math.max(1, items.length));
  const progress = new Progress(io, items.length, !opts.quiet && several && !!io.stderr.isTTY);
  const level = colorLevel(io, io.stdout);

  let ok = 0;
  let failed = 0;
  let warned = 0;
  let wroteArray = false;
  if (format === "json" && several && !opts.out) {
    await write(io.stdout, "[");
    wroteArray = true;
  }
  let index = 0;
  for await (const { item, record, explain } of mapRecords(items, { ...opts, jobs, cwd: io.cwd }, io)) {
    if ("error" in record) {
      failed++;
      if (!opts.quiet) {
        progress.clear();
        await write(io.stderr, `gisa: ${item.path}: ${record.error.code}: ${record.error.message}\n`);
      }
    } else {
      ok++;
      if (record.warnings.length > 0) warned++;
      if (!opts.quiet && opts.failOn === "warning") {
        progress.clear();
        for (const w of record.warnings) await write(io.stderr, `gisa: warning: ${item.path}: ${w.code}: ${w.message}\n`);
      }
    }
    if (opts.explain && explain) {
      progress.clear();
      await write(io.stderr, `gisa: explain: ${item.path}: ${JSON.stringify(explain)}\n`);
    }
    await emit(record, item, format, opts, io, level, wroteArray ? index : -1);
    index++;
    progress.tick();
  }
  if (wroteArray) await write(io.stdout, index > 0 ? "\n]\n" : "]\n");
  progress.clear();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!opts.quiet && several) await write(io.stderr, `gisa: ${ok} ok, ${failed} failed${warned ? `, ${warned} with warnings` : ""} in ${seconds}s\n`);

  if (opts.failOn === "never") return 0;
  if (failed > 0) return 1;
  if (opts.failOn === "warning" && (warned > 0 || problems.length > 0)) return 1;
  return 0;
}

async function emit(record: GisaRecord, item: InputItem, format: string, opts: ExtractCliOptions, io: Io, level: 0 | 1 | 2 | 3, arrayIndex: number): Promise<void> {
  if (opts.out) {
    const target = outPath(path.resolve(io.cwd, opts.out), item.rel);
    await writeAtomic(target, `${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  if (format === "ndjson") await write(io.stdout, `${JSON.stringify(record)}\n`);
  else if (format === "pretty") await write(io.stdout, prettyRecord(record, level));
  else if (arrayIndex >= 0) await write(io.stdout, `${arrayIndex > 0 ? "," : ""}\n${JSON.stringify(record, null, 2)}`);
  else await write(io.stdout, `${JSON.stringify(record, null, 2)}\n`);
}
