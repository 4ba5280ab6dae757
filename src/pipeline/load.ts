/** Text to a queryable document: cheerio over htmlparser2, which takes documents, fragments and text mixed with HTML alike. */
import { load } from "cheerio/slim";

export type Doc = ReturnType<typeof load>;

export function loadDocument(html: string): Doc {
  return load(html);
}
