#!/usr/bin/env node
// The CLI as an ES module. bin/gisa.cjs, the installed command, answers `--version` itself and
// loads this file for everything else.
const args = process.argv.slice(2);
// (V8's heap sizes are fixed when the process starts: a --max-semi-space-size set from here would
// not reach this thread's heap. docs/scale.md shows NODE_OPTIONS for archive runs.)
const { run } = await import("../dist/cli/run.js");

// SIGINT/SIGTERM stop a batch cleanly: records already written stay whole, temporary files go.
const stop = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.once(sig, () => stop.abort(sig));
}
// a closed pipe (gisa … | head) ends the run quietly
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await run(args, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: stop.signal,
});
process.exitCode = code;
