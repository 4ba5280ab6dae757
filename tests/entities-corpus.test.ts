/**
 * Entity precision/recall/F1 on the general-news gold (/work/shared/corpus/gold/*.json),
 * scored the way /work/shared/tools/score.mjs scores entities: a gold entity matches at most one
 * output entity of an acceptable type by name; output entities that match an optional gold name
 * are neither rewarded nor counted. A missing corpus is a failure, not a skip.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultLexicon, findEntities } from "../src/entities/index.js";
import type { Entity } from "../src/schema/record.js";

const GOLD_DIR = process.env.GISA_CORPUS_GOLD ?? "/work/shared/corpus/gold";
/** The floor the project asks for on general news. */
const MIN_F1 = 0.8;

interface GoldEntity {
  type: string | string[];
  names: string[];
}
interface Gold {
  file: string;
  article?: { title?: string };
  bodyText: string;
  entities?: GoldEntity[];
  entitiesOptional?: GoldEntity[];
}

// ── the scorer's matching rules, verbatim in behaviour ──
const norm = (s: string | null | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
const low = (s: string) => norm(s).toLowerCase();
const bare = (s: string) => low(s).replace(/[^\p{L}\p{N}]/gu, "");
const nameMatch = (cands: string[], names: string[]) => cands.some((c) => names.some((n) => low(c) === low(n) || bare(c) === bare(n)));
const typeOk = (ge: GoldEntity, t: string) => (Array.isArray(ge.type) ? ge.type.includes(t) : ge.type === t);
const entityNames = (e: Entity) => [e.name, e.label, e.id, ...e.aliases, ...e.mentions.map((m) => m.text)].filter(Boolean);

export function scoreEntities(gold: Gold, ents: Entity[]) {
  const goldEnts = gold.entities ?? [];
  const optional = gold.entitiesOptional ?? [];
  const matched = new Set<number>();
  const missing: string[] = [];
  let tp = 0;
  for (const ge of goldEnts) {
    const hit = ents.findIndex((e, i) => !matched.has(i) && typeOk(ge, e.type) && nameMatch(entityNames(e), ge.names));
    if (hit >= 0) {
      tp++;
      matched.add(hit);
    } else missing.push(`${[ge.type].flat().join("/")} ${ge.names[0]}`);
  }
  const extra: string[] = [];
  ents.forEach((e, i) => {
    if (matched.has(i)) return;
    if ([...goldEnts, ...optional].some((ge) => nameMatch(entityNames(e), ge.names) && (typeOk(ge, e.type) || optional.includes(ge)))) return;
    extra.push(`${e.type}:${e.label}`);
  });
  const out = ents.length - ents.filter((e, i) => !matched.has(i) && optional.some((ge) => nameMatch(entityNames(e), ge.names))).length;
  return { tp, gold: goldEnts.length, out, missing, extra };
}

function loadGold(): { name: string; gold: Gold }[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, gold: JSON.parse(readFileSync(path.join(GOLD_DIR, f), "utf8")) as Gold }));
}

const paragraphsOf = (g: Gold) => (g.bodyText ? g.bodyText.split("\n\n") : []);

describe("entities on the general-news gold corpus", () => {
  it("has the corpus", () => {
    expect(existsSync(GOLD_DIR), `missing ${GOLD_DIR}`).toBe(true);
    expect(loadGold().length).toBeGreaterThan(0);
  });

  it(`reaches entity F1 ≥ ${MIN_F1}`, () => {
    const lexicon = defaultLexicon();
    let tp = 0;
    let goldN = 0;
    let outN = 0;
    const report: string[] = [];
    for (const { name, gold } of loadGold()) {
      const paragraphs = paragraphsOf(gold);
      const ents = findEntities({ title: gold.article?.title ?? null, paragraphs }, lexicon);
      for (const e of ents) for (const m of e.mentions) expect(paragraphs[m.paragraph]!.slice(m.start, m.end), `${name} ${e.id}`).toBe(m.text);
      const s = scoreEntities(gold, ents);
      tp += s.tp;
      goldN += s.gold;
      outN += s.out;
      report.push(`${name}: tp ${s.tp}/${s.gold} out ${s.out}${s.missing.length ? `\n  missing: ${s.missing.join(", ")}` : ""}${s.extra.length ? `\n  extra: ${s.extra.join(", ")}` : ""}`);
    }
    const p = outN ? tp / outN : 0;
    const r = goldN ? tp / goldN : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${report.join("\n")}\ncorpus entities: P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} F1 ${(f1 * 100).toFixed(1)} (tp ${tp}, gold ${goldN}, out ${outN})`);
    expect(f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});
