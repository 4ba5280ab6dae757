// Issue #8's scale check, end to end: node bench/warc-check.mjs [N=20000] [-- gisa options]
//
// Writes an N-record .warc.gz of the corpus pages (bench/lib/warc.mjs), runs
// `node bin/gisa.cjs ARCHIVE --format ndjson --quiet` with its output to a file while polling the
// process's peak RSS (VmHWM, worker threads included), then checks that there is one record per
// response, in order, each equal (article, entities, claims) to the library's record of the page
// file under the same address. Exits 1 when a check fails. Needs a build (npm run build).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpusPages, writeWarc } from "./lib/warc.mjs";
import { readHwmKb } from "./lib/cli.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const n = Number((dash === 0 ? undefined : argv[0]) ?? 20000);
const extra = dash >= 0 ? argv.slice(dash + 1) : [];
const LIMIT_MIB = 200;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-warc-check-"));
const archive = path.join(tmp, `corpus-${n}.warc.gz`);
const out = path.join(tmp, "records.ndjson");
try {
  const pages = corpusPages(root);
  await writeWarc(archive, n, pages);
  console.log(`archive: ${n} records of ${pages.length} corpus pages, ${(fs.statSync(archive).size / 1e6).toFixed(0)} MB compressed`);

  const args = ["bin/gisa.cjs", archive, "--format", "ndjson", "--quiet", ...extra];
  const outFd = fs.openSync(out, "w");
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", outFd, "inherit"] });
  let peakKib = 0;
  const poll = setInterval(() => (peakKib = Math.max(peakKib, readHwmKb(child.pid))), 100);
  const code = await new Promise((resolve) => child.on("close", resolve));
  clearInterval(poll);
  fs.closeSync(outFd);
  const seconds = (performance.now() - t0) / 1000;

  const { extract } = await import(pathToFileURL(path.join(root, "dist", "index.js")).href);
  const expected = pages.map((p) => {
    const rec = extract(p.bytes, { url: p.url, path: p.name });
    return JSON.stringify([rec.article, rec.entities, rec.claims]);
  });
  let records = 0;
  let same = 0;
  let misplaced = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(out), crlfDelay: Infinity })) {
    const rec = JSON.parse(line);
    const i = records++;
    const p = pages[i % pages.length];
    if (rec.input.url !== p.url || rec.input.path !== `${archive}#${i + 1}`) misplaced++;
    if (JSON.stringify([rec.article, rec.entities, rec.claims]) === expected[i % pages.length]) same++;
  }

  const peakMib = peakKib / 1024;
  const checks = [
    [`exit status 0`, code === 0, String(code)],
    [`one record per response (${n})`, records === n, String(records)],
    [`in input order`, misplaced === 0, `${misplaced} out of place`],
    [`equal to the page files' records`, same === n, `${same} of ${records}`],
    [`peak RSS ≤ ${LIMIT_MIB} MiB`, peakMib <= LIMIT_MIB, `${peakMib.toFixed(0)} MiB (${peakKib} KiB)`],
  ];
  console.log(`gisa ${args.slice(1).join(" ").replace(archive, "ARCHIVE")}: ${seconds.toFixed(0)} s, ${(n / seconds).toFixed(0)} records/s`);
  for (const [what, ok, value] of checks) console.log(`  ${ok ? "ok    " : "FAILED"}  ${what}: ${value}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
