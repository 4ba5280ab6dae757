/**
 * The command-line program. run() parses argv with commander, writes to the injected
 * streams and returns the exit status; only bin/gisa.cjs and the coordinator thread it starts
 * (coordinator.ts) touch process.
 */
import { Command, CommanderError, Option } from "commander";
import type { Io } from "./io.js";
import { write } from "./io.js";
import { VERSION } from "../version.js";
import { DEFAULT_MAX_HEAP_MB, DEFAULT_YOUNG_HEAP_MB } from "./workers.js";

// Each command loads what it needs when it runs: `gisa --version` and `--help` never load the
// pipeline, the schemas or the lexicon.

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

class UsageError extends Error {}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let status: number = EXIT.OK;
  const program = new Command();
  program
    .name("gisa")
    .description("Korean news article HTML to validated JSON: the article, its entities and its attributed claims")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });

  program
    .command("extract", { isDefault: true })
    .description("extract records from files, folders (recursive), globs, '-' or piped standard input")
    .argument("[inputs...]", "HTML files, folders, globs, or - for standard input")
    .addOption(new Option("-f, --format <format>", "json (one input), ndjson (several, or a stream) or pretty").choices(["json", "ndjson", "pretty"]))
    .option("-o, --out <dir>", "write one <name>.json per input into DIR, mirroring the input tree")
    .option("--url <url>", "the page's address when the file does not carry it")
    .option("--lexicon <file>", "a lexicon JSON file merged over the built-in one (repeatable)", collect, [])
    .option("--ext <list>", "file extensions a folder contributes, comma-separated", ".html,.htm,.shtml,.txt")
    .addOption(new Option("--input-format <format>", "how to read inputs: auto (by extension), html, ndjson or warc").choices(["auto", "html", "ndjson", "warc"]).default("auto"))
    .option("--filter-site <sites>", "with WARC input: keep only pages of these sites, by host (e.g. daum,chosun,naver)")
    .option("-j, --jobs <n>", "worker threads (default: available parallelism)")
    .addOption(new Option("--fail-on <level>", "exit 1 on: error, warning or never").choices(["error", "warning", "never"]).default("error"))
    .option("--max-bytes <n>", "largest input accepted, in bytes", String(20 * 1024 * 1024))
    .option("--timeout <ms>", "time limit per input, in milliseconds", "10000")
    .option("--max-heap <mb>", "heap limit of each worker in MB; a page that needs more gets TOO_LARGE", String(DEFAULT_MAX_HEAP_MB))
    .option("--young-heap <mb>", "young generation of each worker in MB: more memory, less garbage-collection work (32: a batch runs 1.5-1.8x faster, ~25 MB more per worker)", String(DEFAULT_YOUNG_HEAP_MB))
    .option("--article-only", "skip the entity and claim stages")
    .option("--explain", "print on standard error which rule produced each field")
    .option("-q, --quiet", "no progress, summary or warnings on standard error")
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const { z } = await import("zod");
      const { runExtract, ExtractCliOptionsSchema } = await import("./extract-command.js");
      const parsed = ExtractCliOptionsSchema.safeParse({ ...opts, inputs });
      if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
      if (parsed.data.inputs.length === 0 && io.stdin.isTTY) {
        program.outputHelp({ error: true });
        status = EXIT.USAGE;
        return;
      }
      status = await runExtract(parsed.data, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema (2020-12) of one output record")
    .action(async () => {
      const { recordJsonSchema } = await import("../schema/record.js");
      await write(io.stdout, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });

  program
    .command("validate")
    .description("validate JSON or NDJSON records (files or - for standard input) against the schema")
    .argument("<files...>", "record files (.json, .ndjson) or -")
    .action(async (files: string[]) => {
      const { runValidate } = await import("./validate-command.js");
      status = await runValidate(files, io);
    });

  program
    .command("check")
    .description("golden test: extract each page with an expected JSON beside it and compare")
    .argument("<dir>", "folder of pages with <name>.expected.json siblings or fixture folders with expected.json")
    .option("--update", "rewrite the expectations from the current output")
    .option("--lexicon <file>", "a lexicon JSON file merged over the built-in one (repeatable)", collect, [])
    .action(async (dir: string, opts: { update?: boolean; lexicon: string[] }) => {
      const { runCheck } = await import("./check-command.js");
      status = await runCheck(dir, { update: !!opts.update, lexicon: opts.lexicon }, io);
    });

  program
    .command("lexicon")
    .description("print the built-in entity lexicon, with any --lexicon files merged in, as JSON")
    .option("--lexicon <file>", "a lexicon JSON file to merge in (repeatable)", collect, [])
    .action(async (opts: { lexicon: string[] }) => {
      const { loadLexiconEntries } = await import("./lexicon-files.js");
      const entries = loadLexiconEntries(opts.lexicon, io.cwd);
      await write(io.stdout, `${JSON.stringify({ entries }, null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.OK;
      return EXIT.USAGE;
    }
    const message = e instanceof Error ? e.message : String(e);
    await write(io.stderr, `gisa: ${message}\n`);
    return e instanceof UsageError || /lexicon/i.test(message) ? EXIT.USAGE : EXIT.FAILED;
  }
}
