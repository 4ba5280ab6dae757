/**
 * `gisa check DIR`: golden tests. A page with a sibling `<name>.expected.json`, or a fixture
 * folder holding `page.*` and `expected.json`, is extracted and compared field by field.
 * Differences print as a colored diff; `--update` rewrites the expectations.
 */
import fs from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import type { Io } from "./io.js";
import { write, colorLevel } from "./io.js";
import { extractRecord } from "../pipeline/extract.js";
import { loadLexicon } from "./lexicon-files.js";
import { writeAtomic } from "./out-dir.js";

export interface GoldenCase {
  name: string;
  page: string;
  expected: string;
  url: string | null;
}

const PAGE_EXT = /\.(html?|shtml|txt)$/i;

/** Every golden case under `dir`, sorted; with `all`, pages without an expectation yet too (for --update). */
export function findCases(dir: string, all = false): GoldenCase[] {
  const cases: GoldenCase[] = [];
  const visit = (d: string) => {
    const names = fs.readdirSync(d).sort();
    for (const n of names) {
      const full = path.join(d, n);
      const st = fs.statSync(full);
      if (st.isDirectory()) {
        visit(full);
        continue;
      }
      if (!PAGE_EXT.test(n)) continue;
      const stem = n.replace(PAGE_EXT, "");
      const sibling = path.join(d, `${stem}.expected.json`);
      const folderStyle = stem === "page" && (fs.existsSync(path.join(d, "expected.json")) || fs.existsSync(path.join(d, "checks.json")));
      if (fs.existsSync(sibling) || folderStyle || all) {
        const expected = folderStyle && !fs.existsSync(sibling) ? path.join(d, "expected.json") : sibling;
        cases.push({ name: path.relative(dir, full), page: full, expected, url: caseUrl(d) });
      }
    }
  };
  visit(dir);
  return cases;
}

function caseUrl(folder: string): string | null {
  const checks = path.join(folder, "checks.json");
  if (!fs.existsSync(checks)) return null;
  try {
    const v = JSON.parse(fs.readFileSync(checks, "utf8")) as { url?: unknown };
    return typeof v.url === "string" ? v.url : null;
  } catch {
    return null;
  }
}

/** Leaf-level differences between two JSON values, as [path, old, new]. `tool.version` is ignored. */
export function jsonDiff(a: unknown, b: unknown, at = ""): [string, unknown, unknown][] {
  if (at === "tool.version") return [];
  if (a === b) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: [string, unknown, unknown][] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...jsonDiff(a[i], b[i], `${at}[${i}]`));
    return out;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const out: [string, unknown, unknown][] = [];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) out.push(...jsonDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
    return out;
  }
  return [[at || "(root)", a, b]];
}

/** Lines of diff shown per case before "… N more". */
const MAX_DIFF_LINES = 40;

export async function runCheck(dir: string, opts: { update: boolean; lexicon: string[] }, io: Io): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    await write(io.stderr, `gisa: check: ${dir} is not a folder\n`);
    return 2;
  }
  const c = new Chalk({ level: colorLevel(io, io.stdout) });
  const lexicon = loadLexicon(opts.lexicon, io.cwd);
  const cases = findCases(root, opts.update);
  if (cases.length === 0) {
    await write(io.stderr, `gisa: check: no pages with expectations under ${dir}\n`);
    return 1;
  }
  let failed = 0;
  let updated = 0;
  for (const k of cases) {
    const bytes = new Uint8Array(fs.readFileSync(k.page));
    const record = extractRecord(bytes, { path: path.relative(root, k.page).split(path.sep).join("/"), url: k.url, lexicon });
    const actual = JSON.parse(JSON.stringify(record)) as unknown;
    const exists = fs.existsSync(k.expected);
    if (opts.update) {
      const previous = exists ? fs.readFileSync(k.expected, "utf8") : null;
      const next = `${JSON.stringify(record, null, 2)}\n`;
      if (previous !== next) {
        await writeAtomic(k.expected, next);
        updated++;
        await write(io.stdout, `${c.yellow("updated")} ${k.name}\n`);
      }
      continue;
    }
    if (!exists) {
      failed++;
      await write(io.stdout, `${c.red("missing")} ${k.name}: no ${path.basename(k.expected)} (run with --update to write it)\n`);
      continue;
    }
    let expected: unknown;
    try {
      expected = JSON.parse(fs.readFileSync(k.expected, "utf8"));
    } catch (e) {
      failed++;
      await write(io.stdout, `${c.red("broken")} ${k.name}: ${path.basename(k.expected)} is not JSON: ${(e as Error).message}\n`);
      continue;
    }
    const diff = jsonDiff(expected, actual);
    if (diff.length === 0) {
      await write(io.stdout, `${c.green("ok")}      ${k.name}\n`);
      continue;
    }
    failed++;
    await write(io.stdout, `${c.red("changed")} ${k.name} (${diff.length} ${diff.length === 1 ? "difference" : "differences"})\n`);
    for (const [p, before, after] of diff.slice(0, MAX_DIFF_LINES)) {
      await write(io.stdout, `  ${c.bold(p)}\n`);
      if (before !== undefined) await write(io.stdout, `    ${c.red(`- ${show(before)}`)}\n`);
      if (after !== undefined) await write(io.stdout, `    ${c.green(`+ ${show(after)}`)}\n`);
    }
    if (diff.length > MAX_DIFF_LINES) await write(io.stdout, `  … ${diff.length - MAX_DIFF_LINES} more\n`);
  }
  if (opts.update) {
    await write(io.stdout, `${updated} of ${cases.length} expectations rewritten\n`);
    return 0;
  }
  await write(io.stdout, `${cases.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
