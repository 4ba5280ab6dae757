/** Runs the real CLI in-process with captured streams. */
import { PassThrough, Readable } from "node:stream";
import { run } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { stdin?: string | Uint8Array; cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
  stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdin === undefined && options.tty !== false ? true : undefined;
  const code = await run(args, { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? process.cwd() });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out, stderr: err };
}
