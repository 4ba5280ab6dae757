/**
 * The systems measured in process. Each has a key, a name, a group (floor, parser, gisa, peer)
 * and setup(), which imports what the system needs and returns run(page): the whole job on one
 * page (parse and extract), returning something truthy when it produced an article (used only
 * for the "ok" column). Imports are lazy so a process measuring one system loads only that one.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** gisa's extract() on each page's decoded text (input "html") or saved bytes (input "bytes"). */
function gisaSystem(distIndex, name, key, input, options) {
  return {
    name,
    key,
    group: "gisa",
    async setup() {
      const gisa = await import(distIndex);
      return (p) => {
        const rec = gisa.extract(p[input], { url: p.url, path: p.rel, ...options });
        return !("error" in rec) || rec.error == null;
      };
    },
  };
}

export function systemList({ distIndex }) {
  return [
    {
      name: "htmlparser2.parseDocument (floor)",
      key: "floor",
      group: "floor",
      async setup() {
        const { parseDocument } = await import("htmlparser2");
        return (p) => parseDocument(p.html).children.length > 0;
      },
    },
    {
      name: "cheerio.load",
      key: "cheerio",
      group: "parser",
      async setup() {
        const cheerio = await import("cheerio");
        return (p) => cheerio.load(p.html).root().length > 0;
      },
    },
    {
      name: "cheerio/slim load",
      key: "cheerioSlim",
      group: "parser",
      async setup() {
        const cheerioSlim = await import("cheerio/slim");
        return (p) => cheerioSlim.load(p.html).root().length > 0;
      },
    },
    gisaSystem(distIndex, "gisa article-only", "gisaArticle", "html", { articleOnly: true }),
    gisaSystem(distIndex, "gisa full (entities + claims)", "gisaFull", "html", {}),
    // the saved bytes, so the time includes finding the encoding and decoding
    gisaSystem(distIndex, "gisa full, from the bytes", "gisaFullBytes", "bytes", {}),
    {
      name: "Readability + linkedom",
      key: "readabilityLinkedom",
      group: "peer",
      async setup() {
        const { Readability } = await import("@mozilla/readability");
        const { parseHTML } = await import("linkedom");
        return (p) => {
          const { document } = parseHTML(p.html);
          return new Readability(document).parse() != null;
        };
      },
    },
    {
      name: "Readability + jsdom",
      key: "readabilityJsdom",
      group: "peer",
      async setup() {
        const { Readability } = await import("@mozilla/readability");
        const { JSDOM, VirtualConsole } = await import("jsdom");
        // jsdom prints CSS parse errors of real pages to the console; keep the run's output clean
        const quietConsole = new VirtualConsole();
        return (p) => {
          const dom = new JSDOM(p.html, { url: p.peerUrl, virtualConsole: quietConsole });
          try {
            return new Readability(dom.window.document).parse() != null;
          } finally {
            dom.window.close();
          }
        };
      },
    },
    {
      name: "@extractus/article-extractor",
      key: "articleExtractor",
      group: "peer",
      async setup() {
        const { extractFromHtml } = await import("@extractus/article-extractor");
        return async (p) => (await extractFromHtml(p.html, p.peerUrl)) != null;
      },
    },
    {
      name: "@postlight/parser",
      key: "postlight",
      group: "peer",
      async setup() {
        const Parser = require("@postlight/parser");
        // fetchAllPages: false so it never tries to download a "next page" (no network here)
        return async (p) => {
          const r = await Parser.parse(p.peerUrl, { html: p.html, fetchAllPages: false });
          return r != null && !r.error;
        };
      },
    },
  ];
}
