#!/usr/bin/env node
// The installed `gisa` command. It answers `--version` itself; everything else runs in one worker
// thread (dist/cli/coordinator.js) whose heap this file sizes: a main thread's heap is sized when
// Node starts, and over a long batch its young generation alone grows to 32 MB. The main thread
// only starts that worker, passes signals on and exits with the status the worker gives.
"use strict";
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
  process.exit(0);
}

const fs = require("node:fs");
const path = require("node:path");
const { Worker } = require("node:worker_threads");

/**
 * The coordinator's young generation, in MB. It holds a few pages in flight and the archive
 * reader's buffers; at 2 MB those buffers reached the old generation and a 20,000-record WARC run
 * peaked higher than at 4 MB, and 8 MB only added heap.
 */
const COORDINATOR_YOUNG_MB = 4;

const coordinator = new Worker(path.join(__dirname, "..", "dist", "cli", "coordinator.js"), {
  workerData: { argv: args },
  resourceLimits: { maxYoungGenerationSizeMb: COORDINATOR_YOUNG_MB },
});
coordinator.on("message", (msg) => {
  if (typeof msg.exit === "number") process.exit(msg.exit);
});
function fail(message) {
  try {
    fs.writeSync(2, `gisa: internal error: ${message}\n`);
  } catch {
    /* standard error is closed too */
  }
  process.exit(1);
}
coordinator.on("error", (err) => fail((err && err.stack) || err));
// it always gives a status when it finishes: ending without one is a failure
coordinator.on("exit", (code) => fail(`the CLI thread ended (code ${code}) without an exit status`));

// SIGINT/SIGTERM stop a batch cleanly: records already written stay whole, temporary files go.
// A second signal of the same kind ends the process at once.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => coordinator.postMessage({ signal }));
}
