/** Validation of a record beyond its shape: the offset invariants that checks rely on. */
import { RecordSchema } from "./record.js";

export interface Problem {
  /** Dotted path of the field, e.g. "claims.2.end". */
  path: string;
  message: string;
}

export function validateRecord(value: unknown): Problem[] {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    // the union reports both branches; name the branch the record claims to be
    const isError = !!value && typeof value === "object" && "error" in value;
    const issues = parsed.error.issues.flatMap((i) => (i.code === "invalid_union" ? (i.errors[isError ? 1 : 0] ?? i.errors.flat()) : [i]));
    return issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  }
  const rec = parsed.data;
  if ("error" in rec) return [];
  const problems: Problem[] = [];
  const paras = rec.article.paragraphs.map((p) => p.text);
  const span = (where: string, s: { paragraph: number; start: number; end: number; text: string }) => {
    const para = paras[s.paragraph];
    if (para === undefined) problems.push({ path: `${where}.paragraph`, message: `paragraph ${s.paragraph} does not exist` });
    else if (para.slice(s.start, s.end) !== s.text) problems.push({ path: where, message: `text does not equal paragraphs[${s.paragraph}].text.slice(${s.start}, ${s.end})` });
  };
  rec.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`entities.${i}.mentions.${j}`, m)));
  rec.claims.forEach((c, i) => {
    span(`claims.${i}`, c);
    c.quotes.forEach((q, j) => span(`claims.${i}.quotes.${j}`, q));
  });
  const text = paras.join("\n\n");
  if (rec.article.text !== text) problems.push({ path: "article.text", message: "text is not the paragraphs joined by blank lines" });
  return problems;
}
