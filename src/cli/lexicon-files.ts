/** --lexicon FILE: user lexicons merged over the built-in one. */
import fs from "node:fs";
import path from "node:path";
import { builtinLexiconEntries, compileLexicon, defaultLexicon, mergeLexicons, parseLexiconFile, type CompiledLexicon } from "../entities/index.js";
import type { LexiconEntry } from "../entities/lexicon-schema.js";

export function loadLexiconEntries(files: readonly string[], cwd: string): LexiconEntry[] {
  const extra = files.map((f) => {
    const abs = path.resolve(cwd, f);
    let text: string;
    try {
      text = fs.readFileSync(abs, "utf8");
    } catch (e) {
      throw new Error(`cannot read lexicon ${f}: ${(e as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error(`lexicon ${f} is not valid JSON: ${(e as Error).message}`);
    }
    return parseLexiconFile(json, f);
  });
  return mergeLexicons(builtinLexiconEntries(), ...extra);
}

export function loadLexicon(files: readonly string[], cwd: string): CompiledLexicon {
  return files.length === 0 ? defaultLexicon() : compileLexicon(loadLexiconEntries(files, cwd));
}
