/** --format pretty: a colored human summary of a record (chalk; honours NO_COLOR and FORCE_COLOR). */
import { Chalk } from "chalk";
import type { GisaRecord } from "../schema/record.js";
import { ENTITY_TYPES } from "../schema/record.js";

export function prettyRecord(rec: GisaRecord, level: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level });
  const lines: string[] = [];
  const where = rec.input.path ?? "(input)";
  if ("error" in rec) {
    lines.push(`${c.red.bold("✗")} ${c.bold(where)}  ${c.red(rec.error.code)} ${rec.error.message}`);
    return `${lines.join("\n")}\n`;
  }
  const a = rec.article;
  lines.push(`${c.green.bold("●")} ${c.bold(a.title ?? "(no title)")}`);
  if (a.subtitle) lines.push(`  ${c.italic(a.subtitle.replace(/\n/g, " / "))}`);
  const meta = [a.publisher, a.portal ? `via ${a.portal}` : null, a.publishedAt, a.authors.map((x) => x.name).join(", ") || null].filter(Boolean);
  lines.push(`  ${c.dim(meta.join(" · "))}`);
  lines.push(`  ${c.dim(`${where} · ${rec.site} · ${a.paragraphs.length} paragraphs · ${a.images.length} images`)}`);
  if (rec.entities.length) {
    lines.push(`  ${c.bold("Entities")}`);
    for (const type of ENTITY_TYPES) {
      const of = rec.entities.filter((e) => e.type === type);
      if (of.length === 0) continue;
      const list = of.map((e) => `${e.label}${e.count > 1 ? c.dim(`×${e.count}`) : ""}${e.known ? "" : c.dim("?")}`).join(", ");
      lines.push(`    ${c.cyan(type.padEnd(12))} ${list}`);
    }
  }
  if (rec.claims.length) {
    lines.push(`  ${c.bold("Claims")}`);
    for (const cl of rec.claims) {
      const src = cl.attribution.source ? c.yellow(cl.attribution.source.text) : c.dim("(article)");
      const extra = [cl.attribution.verb, cl.attribution.date, cl.attribution.via ? `via ${cl.attribution.via.text}` : null, cl.attribution.citing.length ? `citing ${cl.attribution.citing.map((x) => x.text).join(", ")}` : null]
        .filter(Boolean)
        .join(", ");
      const hedge = cl.hedged ? c.magenta(` ~${cl.hedges.join("/")}`) : "";
      const text = cl.text.length > 90 ? `${cl.text.slice(0, 89)}…` : cl.text;
      lines.push(`    ${c.dim(cl.id.padEnd(4))} ${c.blue(cl.kind.padEnd(10))} ${src}${extra ? c.dim(` (${extra})`) : ""}${hedge}`);
      lines.push(`         ${text}`);
    }
  }
  for (const w of rec.warnings) lines.push(`  ${c.yellow("warning")} ${w.code}: ${w.message}`);
  return `${lines.join("\n")}\n`;
}
