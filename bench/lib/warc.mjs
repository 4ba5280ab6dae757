/**
 * The scale check's archive: the corpus pages as WARC response records, repeated, one gzip member
 * each (the way Common Crawl writes them). Shared by make-warc.mjs and warc-check.mjs.
 */
import fs from "node:fs";
import path from "node:path";
import { WARCRecord, WARCSerializer } from "warcio";
import { decode, pageUrl } from "./pages.mjs";

/** The corpus pages in name order, each with the address it is archived under and its charset. */
export function corpusPages(root) {
  const dir = path.resolve(root, "..", "shared", "corpus", "pages");
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
      const { text, encoding } = decode(bytes);
      return { name: f, bytes, url: pageUrl(text) ?? `https://example.com/${f}`, charset: encoding };
    });
}

/** Writes `n` response records to `out`: record i is page i mod pages.length. */
export async function writeWarc(out, n, pages) {
  const fd = fs.openSync(out, "w");
  try {
    for (let i = 0; i < n; i++) {
      const p = pages[i % pages.length];
      async function* body() {
        yield p.bytes;
      }
      const rec = await WARCRecord.create({ url: p.url, type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": `text/html; charset=${p.charset}` } }, body());
      fs.writeSync(fd, await WARCSerializer.serialize(rec, { gzip: true }));
    }
  } finally {
    fs.closeSync(fd);
  }
}
