#!/usr/bin/env node
import { run } from "../dist/cli/run.js";

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

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: stop.signal,
});
process.exitCode = code;
