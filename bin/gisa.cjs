#!/usr/bin/env node
// The installed `gisa` command. A CommonJS file, so that `gisa --version` answers before Node's
// ES module loader starts (about 10 ms of a ~120 ms start); everything else is the ES module
// beside it.
"use strict";
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
  process.exit(0);
}
import("./gisa.js");
