// Writes a .warc.gz of N HTTP responses (the corpus pages, repeated) for the scale check of
// issue #8: node bench/make-warc.mjs OUT.warc.gz [N=20000]. Then measure, e.g.:
//   /usr/bin/time -v node bin/gisa.cjs OUT.warc.gz --quiet > /dev/null
import fs from "node:fs";
import path from "node:path";
import { WARCRecord, WARCSerializer } from "warcio";

const [out, n = "20000"] = process.argv.slice(2);
if (!out) {
  console.error("usage: node bench/make-warc.mjs OUT.warc.gz [N]");
  process.exit(2);
}
const dir = path.resolve("..", "shared", "corpus", "pages");
const pages = fs.readdirSync(dir).sort().map((f) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, 4000));
  const url = /property="og:url" content="([^"]+)"/.exec(text)?.[1] ?? `https://example.com/${f}`;
  const charset = /charset=["']?euc-kr/i.test(text) ? "euc-kr" : "utf-8";
  return { bytes, url, charset };
});
const fd = fs.openSync(out, "w");
for (let i = 0; i < Number(n); i++) {
  const p = pages[i % pages.length];
  async function* body() {
    yield p.bytes;
  }
  const rec = await WARCRecord.create({ url: p.url, type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": `text/html; charset=${p.charset}` } }, body());
  fs.writeSync(fd, await WARCSerializer.serialize(rec, { gzip: true }));
}
fs.closeSync(fd);
console.log(`wrote ${n} records to ${out}`);
