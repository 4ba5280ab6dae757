/**
 * The document queries: compiled selectors walked by our own loop, and the one-walk selector
 * set that files selectors by id, class, attribute or tag, must find exactly what css-select's
 * own selectAll finds, for every selector the site specs use, on real and fixture pages.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { selectAll as referenceSelectAll } from "css-select";
import { ALL_SITES } from "../src/sites/index.js";
import { decodeBytes } from "../src/pipeline/decode.js";
import { matchSet, parseHtml, parseMeasured, selectAll, selectFirst, selectorSet, textContent, type AnyNode, type Element } from "../src/pipeline/dom.js";
import { CORPUS, fixtureCases } from "./support/fixtures.js";
import { generator } from "./support/random.js";

function specSelectors(): string[] {
  const out = new Set<string>();
  for (const spec of ALL_SITES) {
    for (const rules of Object.values(spec.fields)) for (const r of rules ?? []) if ("css" in r) out.add(r.css);
    for (const s of [...spec.body.containers, ...spec.body.exclude, ...spec.detect.selectors]) out.add(s);
    if (spec.body.paragraphs) out.add(spec.body.paragraphs);
    for (const s of [spec.figures.figure, spec.figures.img, spec.figures.caption]) out.add(s);
  }
  return [...out];
}

function pages(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  const dir = path.join(CORPUS, "pages");
  for (const f of fs.readdirSync(dir).sort()) out.push({ name: f, html: decodeBytes(new Uint8Array(fs.readFileSync(path.join(dir, f)))).text });
  for (const c of fixtureCases()) out.push({ name: c.name, html: decodeBytes(new Uint8Array(fs.readFileSync(c.page))).text });
  return out;
}

describe("document queries", () => {
  const selectors = specSelectors();
  const docs = pages().map((p) => ({ name: p.name, doc: parseHtml(p.html) }));

  it("covers the specs' selectors and the pages", () => {
    expect(selectors.length).toBeGreaterThan(50);
    expect(docs.length).toBeGreaterThan(20);
  });

  it("selectAll and selectFirst find what css-select finds, in document order", () => {
    for (const { name, doc } of docs) {
      for (const sel of selectors) {
        const want = referenceSelectAll(sel, doc);
        expect(selectAll(sel, doc), `${name}: ${sel}`).toEqual(want);
        expect(selectFirst(sel, doc), `${name}: ${sel}`).toBe(want[0] ?? null);
      }
    }
  });

  it("one walk with the selector set finds the same elements for every selector", () => {
    const set = selectorSet(selectors);
    let matched = 0;
    for (const { name, doc } of docs) {
      const found = matchSet(set, doc);
      for (const sel of selectors) {
        const want = referenceSelectAll(sel, doc);
        matched += want.length;
        expect(found.get(sel) ?? [], `${name}: ${sel}`).toEqual(want);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("files selectors under id, class, attribute and tag, and the rest under every element", () => {
    const set = selectorSet(["#a", "div.x > .y", "p[data-k]", "section span", ":not(.z)", "[k!=v]", "b, #c"]);
    expect([...set.byId.keys()].sort()).toEqual(["a", "c"]);
    expect([...set.byClass.keys()]).toEqual(["y"]);
    expect([...set.byAttribute.keys()]).toEqual(["data-k"]);
    expect([...set.byTag.keys()].sort()).toEqual(["b", "span"]);
    expect(set.always.map((i) => set.selectors[i])).toEqual([":not(.z)", "[k!=v]"]);
    const doc = parseHtml('<div class="x"><p class="y  w" id="c">1</p><p data-k="">2</p></div><b k="v">3</b><span>4</span>');
    const found = matchSet(set, doc);
    expect(found.get("div.x > .y")?.map((e) => textContent(e))).toEqual(["1"]);
    expect(found.get("b, #c")?.map((e) => textContent(e))).toEqual(["1", "3"]);
    expect(found.get("p[data-k]")?.map((e) => textContent(e))).toEqual(["2"]);
    expect(found.get("[k!=v]")?.map((e) => e.name)).toEqual(["div", "p", "p", "span"]);
    expect(found.has("section span")).toBe(false);
  });

  it("tests a selector that needs other ids or classes only when the document has them", () => {
    const set = selectorSet([".logo img", "#main .t", ".a img, span", "img:not(.x)", ".b", ".logo img, #side img", "img"]);
    const needs = Object.fromEntries(set.selectors.map((sel, i) => [sel, set.needs[i]]));
    expect(needs[".logo img"]).toEqual([{ ids: [], classes: ["logo"] }]);
    expect(needs["#main .t"]).toEqual([{ ids: ["main"], classes: [] }]);
    expect(needs[".a img, span"]).toBeNull(); // span needs nothing
    expect(needs["img:not(.x)"]).toBeNull();
    expect(needs[".b"]).toBeNull();
    const text = (sel: string, html: string) => matchSet(set, parseHtml(html)).get(sel)?.map((e) => e.attribs["alt"]) ?? [];
    const page = '<img alt="1"><div class="logo x"><img alt="2"><p><img alt="3"></p></div><div id="main"><i class="t" alt="4"></i></div>';
    expect(text(".logo img", page)).toEqual(["2", "3"]);
    expect(text("#main .t", page)).toEqual(["4"]);
    expect(text("img", page)).toEqual(["1", "2", "3"]);
    expect(text(".logo img, #side img", page)).toEqual(["2", "3"]);
    expect(text(".logo img, #side img", '<img alt="1"><div id="side"><img alt="2"></div>')).toEqual(["2"]);
    // the name is on the page, after the img and not around it
    expect(text(".logo img", '<img alt="1"><b class="logo"></b>')).toEqual([]);
    expect(text(".logo img", '<div class="lo go"><img alt="1"></div>')).toEqual([]);
    // a scope inside the element that has the name
    const doc = parseHtml('<div class="logo"><section><img alt="1"></section></div>');
    const section = selectFirst("section", doc)!;
    expect(matchSet(set, section).get(".logo img")?.map((e) => e.attribs["alt"])).toEqual(["1"]);
    // classes apart by a no-break or an ideographic space, as css-select reads them
    for (const space of ["&nbsp;", "\u3000", "\v"]) {
      const spaced = `<div class="logo${space}x"><img alt="1"></div><p class="x${space}b" alt="2"></p>`;
      expect(text(".logo img", spaced), space).toEqual(["1"]);
      expect(text(".b", spaced), space).toEqual(["2"]);
      expect(text(".logo img", spaced)).toEqual((referenceSelectAll(".logo img", parseHtml(spaced)) as unknown as Element[]).map((e) => e.attribs["alt"]));
    }
  });

  it("textContent joins text below a node, script bodies included, comments not", () => {
    const doc = parseHtml("<div>a<!-- c --><span>b</span><script>s()</script></div>");
    expect(textContent(doc)).toBe("abs()");
  });
});

/** The tree below `node` as plain data: kinds, names, attributes and text, in order. */
function shape(node: AnyNode): unknown {
  if (node.type === "text" || node.type === "comment" || node.type === "directive" || node.type === "cdata") {
    return "data" in node ? [node.type, node.data] : [node.type, (node as { children: AnyNode[] }).children.map(shape)];
  }
  const el = node as Element;
  return [el.type, el.name ?? null, el.attribs ?? null, el.children.map(shape)];
}

describe("parsing a page in pieces", () => {
  // the pieces of markup a random page is made of: tags and attributes, entities, scripts, comments, CDATA, text
  const PARTS = [
    "<div", "<p>", "</p>", "</div>", " class=\"a&amp;b\"", " id=x", " data-k='v&#x41;'", ">", "/>", "<br/>", "<a href=\"/x?a=1&b=2\">", "</a>",
    "<script>", "var s = '</scr' + 'ipt>'; if (a < b && c > d) {}", "</script>", "<style>", "p > a { x: 1 }", "</style>",
    "<title>", "t &amp; t", "</title>", "<textarea>", "<b>not a tag</b>", "</textarea>", "<!--", " comment -- ", "-->",
    "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "&amp;", "&lt;", "&#44608;", "&#x1F600;", "&nbsp", "&notanentity;",
    "한국어 기사", "text", " ", "\n", "<", ">", "&", "=", "'", "\"", "/", "😀", "<img src=\"x.jpg\" alt='사진'>", "<table><tr><td>1</td></tr></table>",
  ];

  it("builds the same document and depth whether the text comes whole or cut anywhere", () => {
    const rand = generator(29);
    for (let n = 0; n < 600; n++) {
      let html = "";
      const length = 1 + rand(80);
      for (let i = 0; i < length; i++) html += PARTS[rand(PARTS.length)];
      const cuts = [...new Set(Array.from({ length: 1 + rand(6) }, () => rand(html.length + 1)))].sort((a, b) => a - b);
      const pieces = [0, ...cuts].map((start, i) => html.slice(start, cuts[i] ?? html.length));
      const whole = parseMeasured(html);
      const cut = parseMeasured(pieces);
      expect(shape(cut.doc), JSON.stringify(pieces)).toEqual(shape(whole.doc));
      expect(cut.depth).toBe(whole.depth);
    }
  });

  it("builds the same document of every real page from its decoded pieces", () => {
    for (const { name, html } of pages()) {
      const pieces: string[] = [];
      for (let i = 0; i < html.length; i += 1000) pieces.push(html.slice(i, i + 1000));
      expect(shape(parseMeasured(pieces).doc), name).toEqual(shape(parseMeasured(html).doc));
    }
  });
});
