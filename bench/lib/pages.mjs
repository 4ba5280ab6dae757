/**
 * The benchmark pages: every file of ../shared/corpus/pages/, the seed, and fixtures/*\/*\/page.*.
 * Bytes are read once; the systems get the text decoded here (UTF-8, or EUC-KR when the
 * bytes are not valid UTF-8), outside the timed loops. gisa's rows get the same text, and one row
 * the bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const euckr = new TextDecoder("euc-kr");

export function decode(bytes) {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: euckr.decode(bytes), encoding: "euc-kr" };
  }
}

/** The page's own address: og:url, else the canonical link, else null. */
export function pageUrl(text) {
  const og = /<meta[^>]+property\s*=\s*["']og:url["'][^>]*?content\s*=\s*["']([^"']+)["']/i.exec(text);
  if (og) return og[1];
  const canon = /<link[^>]+rel\s*=\s*["']canonical["'][^>]*?href\s*=\s*["']([^"']+)["']/i.exec(text);
  if (canon) return canon[1];
  return null;
}

function checksUrl(dir) {
  const file = join(dir, "checks.json");
  if (!existsSync(file)) return null;
  try {
    const url = JSON.parse(readFileSync(file, "utf8")).url;
    return typeof url === "string" ? url : null;
  } catch {
    return null;
  }
}

/** The page files, as paths relative to root. */
export function pageFiles(root) {
  const files = [];
  const corpus = join(root, "../shared/corpus/pages");
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).sort()) {
      const p = join(corpus, name);
      if (statSync(p).isFile()) files.push(p);
    }
  }
  const seed = join(root, "../shared/seed/000_8ced4fe6637ed9df.txt");
  if (existsSync(seed)) files.push(seed);
  const fixtures = join(root, "fixtures");
  if (existsSync(fixtures)) {
    for (const site of readdirSync(fixtures).sort()) {
      const siteDir = join(fixtures, site);
      if (!statSync(siteDir).isDirectory()) continue;
      for (const name of readdirSync(siteDir).sort()) {
        const dir = join(siteDir, name);
        if (!statSync(dir).isDirectory()) continue;
        for (const f of readdirSync(dir).sort()) {
          if (/^page\./.test(f)) files.push(join(dir, f));
        }
      }
    }
  }
  return files;
}

/**
 * Every page once: { rel, path, bytes, html, encoding, url, peerUrl }.
 * url is what gisa is told (the page's own og:url/canonical, or the fixture's checks.json url,
 * else null); peerUrl is the same, or a placeholder for the peers that require an address.
 */
export function loadPages(root) {
  return pageFiles(root).map((path, i) => {
    const bytes = readFileSync(path);
    const { text, encoding } = decode(bytes);
    const rel = relative(root, path);
    const url = pageUrl(text) ?? checksUrl(join(path, "..")) ?? null;
    return { rel, path, bytes, html: text, encoding, url, peerUrl: url ?? `https://board.example.com/read/${i + 1}` };
  });
}
