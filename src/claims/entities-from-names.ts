/**
 * A stand-in for the entity stage, for tests and ad-hoc tools: builds Entity objects with
 * mentions by searching given names in the paragraphs. It is NOT the entity matcher
 * (src/entities): no lexicon, no salience, no particle analysis beyond these rules:
 *   - the longest name wins where names overlap ('경기도 연천군' over '경기도');
 *   - a name does not start inside a word ('중국' is not found in '대중국');
 *   - a name ending in a Latin letter or digit does not continue into one ('H20' is not in 'H200').
 */
import type { Entity, EntityType, Mention } from "../schema/record.js";

export interface NamedEntity {
  id: string;
  type: EntityType;
  /** The first name is the canonical one; all are searched. */
  names: readonly string[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function entitiesFromNames(paragraphs: readonly string[], specs: readonly NamedEntity[]): Entity[] {
  type Hit = Mention & { spec: number };
  const hits: Hit[] = [];
  specs.forEach((spec, si) => {
    for (const name of new Set(spec.names)) {
      if (name.length === 0) continue;
      const latinEnd = /[A-Za-z0-9]$/.test(name);
      paragraphs.forEach((p, pi) => {
        let i = p.indexOf(name);
        while (i >= 0) {
          const end = i + name.length;
          if (!isWordChar(p[i - 1]) && !(latinEnd && /[A-Za-z0-9]/.test(p[end] ?? ""))) hits.push({ paragraph: pi, start: i, end, text: name, spec: si });
          i = p.indexOf(name, i + 1);
        }
      });
    }
  });
  // longest first, then earliest; keep non-overlapping
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.paragraph - b.paragraph || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.paragraph === h.paragraph && k.start < h.end && k.end > h.start)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const out: Entity[] = [];
  specs.forEach((spec, si) => {
    const mentions = kept.filter((h) => h.spec === si).map(({ paragraph, start, end, text }) => ({ paragraph, start, end, text }));
    if (mentions.length === 0) return;
    out.push({
      id: spec.id,
      type: spec.type,
      name: spec.names[0]!,
      label: spec.names[0]!,
      aliases: [...new Set(spec.names)],
      known: true,
      count: mentions.length,
      salience: 0,
      mentions,
    });
  });
  const first = (e: Entity): number => e.mentions[0]!.paragraph * 1e9 + e.mentions[0]!.start;
  return out.sort((a, b) => first(a) - first(b));
}
