// The entity matcher's cost with a large user lexicon: the corpus pages and the seed with the
// built-in lexicon, then with 10,000 more entries merged in (issue #3: at most 20% slower).
// Run from the project root after `npm run build`: node bench/lexicon-scale.mjs
import fs from "node:fs";
import { extract, builtinLexiconEntries, compileLexicon, mergeLexicons } from "../dist/index.js";
const files = fs.readdirSync("../shared/corpus/pages").map((f) => "../shared/corpus/pages/" + f).concat(["../shared/seed/000_8ced4fe6637ed9df.txt"]);
const bufs = files.map((f) => new Uint8Array(fs.readFileSync(f)));
const syl = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허";
const extra = Array.from({ length: 10000 }, (_, i) => {
  let name = ""; let n = i + 7;
  for (let k = 0; k < 4; k++) { name += syl[n % syl.length]; n = Math.floor(n / syl.length) + k * 3; }
  return { id: `user-${i}`, type: "company", name: `User Co ${i}`, aliases: [`${name}테크${i}`, `UC${i}X`], attributes: { country: null, industry: null } };
});
const base = compileLexicon(builtinLexiconEntries());
const big = compileLexicon(mergeLexicons(builtinLexiconEntries(), extra));
function time(lexicon) {
  for (let r = 0; r < 3; r++) for (const b of bufs) extract(b, { lexicon });
  const t = performance.now(); const R = 8;
  for (let r = 0; r < R; r++) for (const b of bufs) extract(b, { lexicon });
  return (performance.now() - t) / (R * bufs.length);
}
const a = time(base), b = time(big), a2 = time(base), b2 = time(big);
console.log(`built-in lexicon ${((a + a2) / 2).toFixed(2)} ms/page; +10,000 user entries ${((b + b2) / 2).toFixed(2)} ms/page; slowdown ${(((b + b2) / (a + a2) - 1) * 100).toFixed(1)}%`);
