// Writes a .warc.gz of N HTTP responses (the corpus pages, repeated) for the scale check of
// issue #8: node bench/make-warc.mjs OUT.warc.gz [N=20000]. `node bench/warc-check.mjs` makes one
// and runs the whole check.
import { corpusPages, writeWarc } from "./lib/warc.mjs";

const [out, n = "20000"] = process.argv.slice(2);
if (!out) {
  console.error("usage: node bench/make-warc.mjs OUT.warc.gz [N]");
  process.exit(2);
}
await writeWarc(out, Number(n), corpusPages(process.cwd()));
console.log(`wrote ${n} records to ${out}`);
