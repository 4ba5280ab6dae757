import { parseKoreanDate } from "../pipeline/dates.js";

/** An ISO instant in any offset to the same instant in KST, or null. */
export function kstFromIso(v: string | null): string | null {
  return v ? (parseKoreanDate(v)?.iso ?? null) : null;
}
