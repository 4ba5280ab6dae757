/**
 * The claims stage's vocabularies: JSON data files in ./data, validated with zod when this
 * module loads and turned into lookup structures. Edit the data, not this file, to change
 * what counts as a reporting verb, a hedge, a channel or an anonymous source.
 */
import { z } from "zod";
import complementsJson from "./data/complements.json" with { type: "json" };
import channelsJson from "./data/channels.json" with { type: "json" };
import citingJson from "./data/citing.json" with { type: "json" };
import datesJson from "./data/dates.json" with { type: "json" };
import framesJson from "./data/frames.json" with { type: "json" };
import hedgesJson from "./data/hedges.json" with { type: "json" };
import sourcesJson from "./data/sources.json" with { type: "json" };
import verbsJson from "./data/reporting-verbs.json" with { type: "json" };

const Comment = z.string();
const Word = z.strictObject({ word: z.string().min(1), comment: Comment });
const Calibrated = z.strictObject({ value: z.number().int().positive(), comment: Comment.min(1) });

export const ComplementRule = z.enum(["none", "required", "quote"]);

export const ReportingVerbsSchema = z.strictObject({
  comment: Comment,
  hadaEndings: z.array(z.strictObject({ ending: z.string().min(1), comment: Comment })).min(1),
  verbs: z
    .array(
      z.strictObject({
        lemma: z.string().min(1),
        stem: z.string().min(1).optional(),
        conjugation: z.enum(["hada", "listed"]),
        complement: ComplementRule,
        forms: z.array(z.string().min(1)).optional(),
        adnominal: z.array(z.string().min(1)).optional(),
        comment: Comment,
      }),
    )
    .min(1)
    .superRefine((verbs, ctx) => {
      verbs.forEach((v, i) => {
        if (v.conjugation === "hada" && !v.stem) ctx.addIssue({ code: "custom", path: [i, "stem"], message: "a hada verb needs a stem" });
        if (v.conjugation === "listed" && !(v.forms && v.forms.length > 0)) ctx.addIssue({ code: "custom", path: [i, "forms"], message: "a listed verb needs forms" });
      });
    }),
  adnominalFollowers: z.array(Word),
  adnominalWindow: Calibrated,
});

export const ComplementsSchema = z.strictObject({
  comment: Comment,
  clauseEndings: z.array(z.strictObject({ ending: z.string().min(1), comment: Comment })),
  quoteFollowers: z.array(z.strictObject({ suffix: z.string(), comment: Comment })),
  demonstratives: z.array(Word),
  speechNouns: z.array(z.strictObject({ noun: z.string().min(1), comment: Comment })),
  gapAdverbs: z.array(Word),
});

export const SourcesSchema = z.strictObject({
  comment: Comment,
  subjectParticles: z.array(z.strictObject({ particle: z.string().min(1), comment: Comment })),
  topicParticles: z.strictObject({ comment: Comment, particles: z.array(z.string().min(1)) }),
  nonSubjectTopics: z.array(Word),
  dependentNouns: z.array(z.strictObject({ noun: z.string().min(1), comment: Comment })),
  verbLikeFinals: z.array(z.strictObject({ char: z.string().length(1), comment: Comment })),
  stopEndings: z.array(z.strictObject({ ending: z.string().min(1), comment: Comment })),
  determiners: z.array(Word),
  adverbs: z.array(Word),
  anaphors: z.array(z.strictObject({ text: z.string().min(1), refersTo: z.enum(["person", "official", "outlet"]), comment: Comment })),
  personTitles: z.strictObject({ comment: Comment, titles: z.array(z.string().min(1)) }),
  titleModifiers: z.array(Word),
  genericNouns: z.array(z.strictObject({ noun: z.string().min(1), comment: Comment })),
  outletSuffixes: z.array(z.strictObject({ suffix: z.string().min(1), comment: Comment })),
  outletNames: z.array(z.strictObject({ name: z.string().min(1), comment: Comment })),
  organizationSuffixes: z.array(z.strictObject({ suffix: z.string().min(1), comment: Comment })),
  companySuffixes: z.array(z.strictObject({ suffix: z.string().min(1), comment: Comment })),
  minSuffixNameLength: Calibrated,
  maxPhraseWords: Calibrated,
  nonSubjectHeadEndings: z.array(z.strictObject({ ending: z.string().min(1), comment: Comment })),
  notSources: z.array(z.strictObject({ noun: z.string().min(1), comment: Comment })),
  outletDescriptors: z.array(Word),
  koreanSurnames: z.strictObject({ comment: Comment, surnames: z.string().min(1) }),
});

export const FramesSchema = z.strictObject({
  comment: Comment,
  according: z.array(z.strictObject({ word: z.string().min(1), before: z.array(z.string().min(1)), comment: Comment })),
  hearsayNouns: z.array(Word),
  documentNouns: z.array(Word),
  citing: z.array(Word),
  soundBite: z.strictObject({ comment: Comment, maxNameLength: z.number().int().positive(), maxAffiliationLength: z.number().int().positive() }),
});

export const CitingSchema = z.strictObject({
  comment: Comment,
  anonymousCues: z.array(z.strictObject({ cue: z.string().min(1), comment: Comment })).min(1),
});

export const ChannelsSchema = z.strictObject({
  comment: Comment,
  platforms: z.array(Word),
  documents: z.array(Word),
  notChannels: z.array(Word),
  throughWords: z.array(Word),
  postFollowers: z.array(Word),
  interviewWords: z.array(Word),
  channelVerbs: z.array(Word),
});

const Offset = z.number().int().nullable();
export const DatesSchema = z.strictObject({
  comment: Comment,
  relativeDays: z.array(z.strictObject({ word: z.string().min(1), offset: Offset, comment: Comment })),
  yearWords: z.array(z.strictObject({ word: z.string().min(1), offset: z.number().int(), comment: Comment })),
  monthWords: z.array(z.strictObject({ word: z.string().min(1), offset: Offset, comment: Comment })),
  localTimeNotes: z.strictObject({ comment: Comment }),
});

export const HedgeClass = z.enum(["hearsay", "analysis", "uncertainty", "possibility"]);
export const HedgesSchema = z.strictObject({
  comment: Comment,
  cues: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        pattern: z.string().min(1),
        print: z.enum(["word", "match", "phrase"]),
        check: z.enum(["rieul-before"]).optional(),
        class: HedgeClass,
        comment: Comment,
      }),
    )
    .min(1)
    .superRefine((cues, ctx) => {
      cues.forEach((c, i) => {
        try {
          new RegExp(c.pattern, "u");
        } catch (e) {
          ctx.addIssue({ code: "custom", path: [i, "pattern"], message: `invalid pattern: ${(e as Error).message}` });
        }
      });
    }),
});

/** Every data file with its schema, for the data test and for readers. */
export const DATA_FILES = {
  "reporting-verbs.json": [verbsJson, ReportingVerbsSchema],
  "complements.json": [complementsJson, ComplementsSchema],
  "sources.json": [sourcesJson, SourcesSchema],
  "frames.json": [framesJson, FramesSchema],
  "citing.json": [citingJson, CitingSchema],
  "channels.json": [channelsJson, ChannelsSchema],
  "dates.json": [datesJson, DatesSchema],
  "hedges.json": [hedgesJson, HedgesSchema],
} as const;

const verbs = ReportingVerbsSchema.parse(verbsJson);
const complements = ComplementsSchema.parse(complementsJson);
const sources = SourcesSchema.parse(sourcesJson);
const frames = FramesSchema.parse(framesJson);
const citing = CitingSchema.parse(citingJson);
const channels = ChannelsSchema.parse(channelsJson);
const dates = DatesSchema.parse(datesJson);
const hedges = HedgesSchema.parse(hedgesJson);

export type ComplementRule = z.infer<typeof ComplementRule>;
export type HedgeClass = z.infer<typeof HedgeClass>;

export interface VerbForm {
  /** The form's words: one for 말했다, several for 하기도 했다 / 핑계를 댔다. */
  words: readonly string[];
  lemma: string;
  complement: ComplementRule;
}

function buildVerbForms(): Map<string, VerbForm[]> {
  const byLastWord = new Map<string, VerbForm[]>();
  const add = (form: string, lemma: string, complement: ComplementRule): void => {
    const words = form.split(" ");
    const last = words[words.length - 1]!;
    const list = byLastWord.get(last) ?? [];
    if (!list.some((f) => f.words.join(" ") === form)) list.push({ words, lemma, complement });
    byLastWord.set(last, list);
  };
  for (const v of verbs.verbs) {
    if (v.conjugation === "hada") for (const e of verbs.hadaEndings) add(v.stem! + e.ending, v.lemma, v.complement);
    for (const f of v.forms ?? []) add(f, v.lemma, v.complement);
  }
  // longer forms first so '지적하기도 했다' wins over '했다'
  for (const list of byLastWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byLastWord;
}

const byLength = <T>(xs: readonly T[], key: (x: T) => string): T[] => [...xs].sort((a, b) => key(b).length - key(a).length);

const NO_ENDINGS: readonly string[] = [];

/**
 * A list of word endings (suffixes, titles) bucketed by their last UTF-16 unit. A word can only
 * end with the endings that end in its own last unit, so the phrase readers, which test every
 * word of a sentence against such lists, compare a handful instead of the whole list.
 */
export class EndingList {
  private readonly byLast = new Map<number, string[]>();
  constructor(
    /** Every ending, in the list's order. */
    readonly all: readonly string[],
  ) {
    for (const e of all) {
      if (e.length === 0) throw new Error("an ending list holds an empty ending");
      const last = e.charCodeAt(e.length - 1);
      const bucket = this.byLast.get(last);
      if (bucket) bucket.push(e);
      else this.byLast.set(last, [e]);
    }
  }

  /** The endings that `word` may end with (the others cannot), in the list's order. */
  candidates(word: string): readonly string[] {
    return word.length === 0 ? NO_ENDINGS : (this.byLast.get(word.charCodeAt(word.length - 1)) ?? NO_ENDINGS);
  }
}

export const VOCAB = {
  /** Reporting verb forms indexed by their last word. */
  verbForms: buildVerbForms(),
  /** Adnominal forms (밝힌, 분석한) → lemma. */
  adnominal: new Map(verbs.verbs.flatMap((v) => (v.adnominal ?? []).map((a) => [a, v.lemma] as const))),
  adnominalFollowers: verbs.adnominalFollowers.map((w) => w.word),
  adnominalWindow: verbs.adnominalWindow.value,

  clauseEndings: new EndingList(byLength(complements.clauseEndings.map((c) => c.ending), (x) => x)),
  quoteFollowers: new Set(complements.quoteFollowers.map((q) => q.suffix)),
  demonstratives: new Set(complements.demonstratives.map((d) => d.word)),
  speechNouns: new Set(complements.speechNouns.map((s) => s.noun)),
  gapAdverbs: new Set(complements.gapAdverbs.map((g) => g.word)),

  subjectParticles: byLength(sources.subjectParticles.map((p) => p.particle), (x) => x),
  topicParticles: new Set(sources.topicParticles.particles),
  nonSubjectTopics: new Set(sources.nonSubjectTopics.map((w) => w.word)),
  dependentNouns: new Set(sources.dependentNouns.map((d) => d.noun)),
  verbLikeFinals: new Set(sources.verbLikeFinals.map((v) => v.char)),
  stopEndings: new EndingList(byLength(sources.stopEndings.map((s) => s.ending), (x) => x)),
  determiners: new Set(sources.determiners.map((d) => d.word)),
  adverbs: new Set(sources.adverbs.map((a) => a.word)),
  anaphors: byLength(sources.anaphors, (a) => a.text),
  personTitles: new EndingList(byLength(sources.personTitles.titles, (x) => x)),
  titleModifiers: new Set(sources.titleModifiers.map((t) => t.word)),
  genericNouns: new Set(sources.genericNouns.map((g) => g.noun)),
  outletSuffixes: new EndingList(sources.outletSuffixes.map((s) => s.suffix)),
  outletNames: new Set(sources.outletNames.map((o) => o.name)),
  organizationSuffixes: new EndingList(byLength(sources.organizationSuffixes.map((s) => s.suffix), (x) => x)),
  companySuffixes: new EndingList(byLength(sources.companySuffixes.map((s) => s.suffix), (x) => x)),
  minSuffixNameLength: sources.minSuffixNameLength.value,
  maxPhraseWords: sources.maxPhraseWords.value,
  nonSubjectHeadEndings: new EndingList(byLength(sources.nonSubjectHeadEndings.map((e) => e.ending), (x) => x)),
  notSources: new Set(sources.notSources.map((n) => n.noun)),
  outletDescriptors: new Set(sources.outletDescriptors.map((d) => d.word)),
  koreanSurnames: new Set([...sources.koreanSurnames.surnames]),

  according: frames.according.map((a) => ({ word: a.word, before: a.before })),
  hearsayNouns: new Set(frames.hearsayNouns.map((h) => h.word)),
  documentNouns: new Set(frames.documentNouns.map((d) => d.word)),
  citingWords: new Set(frames.citing.map((c) => c.word.replace(/,$/, ""))),
  soundBite: frames.soundBite,

  anonymousCues: byLength(citing.anonymousCues.map((c) => c.cue), (x) => x),

  platforms: byLength(channels.platforms.map((p) => p.word), (x) => x),
  documents: byLength(channels.documents.map((d) => d.word), (x) => x),
  notChannels: new Set(channels.notChannels.map((n) => n.word)),
  postFollowers: new Set(channels.postFollowers.map((p) => p.word)),
  interviewWords: new Set(channels.interviewWords.map((w) => w.word)),
  channelVerbs: new Set(channels.channelVerbs.map((w) => w.word)),
  throughWords: new Set(channels.throughWords.map((w) => w.word)),

  relativeDays: new Map(dates.relativeDays.map((r) => [r.word, r.offset] as const)),
  yearWords: new Map(dates.yearWords.map((y) => [y.word, y.offset] as const)),
  monthWords: new Map(dates.monthWords.map((m) => [m.word, m.offset] as const)),

  hedges: hedges.cues.map((c) => ({ ...c, regex: new RegExp(c.pattern, "gu") })),
} as const;

export type Vocab = typeof VOCAB;
