/**
 * Regulator entries generated from country entries, so that data files need not list
 * "<country> 정부" and "<country> 규제 기관" for 200 countries.
 *
 *   "중국 정부", "중국정부", "中 정부"            → china-government  (Government of China)
 *   "중국 규제 기관", "중국 당국", "中 당국" …    → china-regulators  (China regulators)
 *
 * "중국 정부" and "중국 규제 기관" are separate entities (the government as a whole, and the
 * agencies acting as regulators), as the gold annotations require.
 */
import type { LexiconEntry } from "./lexicon-schema.js";

/** Words after a country name that make "<country> <word>" its government. */
export const GOVERNMENT_WORDS: readonly string[] = ["정부"];

/** Words after a country name that make "<country> <word>" its regulators. */
export const REGULATOR_WORDS: readonly string[] = [
  "규제 기관", "규제기관", "규제 당국", "규제당국", "감독 당국", "감독당국", "당국", "정부 당국",
];

/**
 * One-syllable Hangul abbreviations used only in these derived forms ("미 정부", "북 당국").
 * They are too ambiguous to be country aliases on their own (미 = 未/美, 한 = "one"), so 한 is
 * not here at all; "우리 정부" is how Korean outlets name their own government.
 */
export const SHORT_COUNTRY_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  "united-states": ["미"],
  china: ["중"],
  japan: ["일"],
  "north-korea": ["북"],
  "south-korea": ["우리"],
};

/**
 * The country whose government an unqualified "정부" means in Korean news ("정부가 … 발표했다").
 * index.ts applies it only when the article names no other country's government or regulators.
 */
export const HOME_COUNTRY_ID = "south-korea";
/** Unqualified words for the home government. */
export const BARE_GOVERNMENT_WORDS: readonly string[] = ["정부"];

export function governmentId(countryId: string): string {
  return `${countryId}-government`;
}

export function regulatorsId(countryId: string): string {
  return `${countryId}-regulators`;
}

const HANGUL = /[가-힣]/;
/** Hanja country names and abbreviations: "中", "中國", "美國". */
const HANJA_NAME = /^[\u3400-\u9fff\uf900-\ufaff]{1,4}$/;

/** Generated government and regulator entries for every country entry, in country order. */
export function derivedRegulatorEntries(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const taken = new Set(entries.map((e) => e.id));
  const out: LexiconEntry[] = [];
  for (const country of entries) {
    if (country.type !== "country") continue;
    const prefixes: { form: string; glue: boolean }[] = [];
    for (const alias of country.aliases) {
      if (HANGUL.test(alias)) prefixes.push({ form: alias, glue: true });
      else if (HANJA_NAME.test(alias)) prefixes.push({ form: alias, glue: true });
    }
    for (const short of SHORT_COUNTRY_PREFIXES[country.id] ?? []) prefixes.push({ form: short, glue: false });
    const build = (words: readonly string[]): string[] => {
      const forms: string[] = [];
      for (const p of prefixes) {
        for (const w of words) {
          forms.push(`${p.form} ${w}`);
          if (p.glue) forms.push(`${p.form}${w.replace(/ /g, "")}`);
        }
      }
      return forms;
    };
    const gid = governmentId(country.id);
    if (!taken.has(gid)) {
      out.push({
        id: gid,
        type: "regulator",
        name: `Government of ${country.name}`,
        aliases: unique([...build(GOVERNMENT_WORDS), `Government of ${country.name}`, `${country.name} government`]),
        note: `generated from country entry "${country.id}"`,
        attributes: { jurisdiction: country.id, level: "government" },
      });
    }
    const rid = regulatorsId(country.id);
    if (!taken.has(rid)) {
      out.push({
        id: rid,
        type: "regulator",
        name: `${country.name} regulators`,
        aliases: unique([...build(REGULATOR_WORDS), `${country.name} regulators`]),
        note: `generated from country entry "${country.id}"`,
        attributes: { jurisdiction: country.id, level: "agency" },
      });
    }
  }
  return out;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
