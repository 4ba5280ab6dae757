/**
 * The lexicon format: built-in data files (src/entities/data/*.json) and user files
 * given with --lexicon share it. One file is { "entries": [Entry, ...] }.
 */
import { z } from "zod";

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case kebab-case: letters, digits and '-'");
const Names = z.array(z.string().min(1)).min(1);
/** Another entry's id, or a country id (ISO-like kebab name such as "china", "united-states"). */
const Ref = Id.nullable();

const Base = {
  id: Id,
  /** Canonical name, English where one exists ("Nvidia", "Financial Times"). */
  name: z.string().min(1),
  /** Every surface form to match: Korean, English, other scripts, abbreviations. */
  aliases: Names,
  /** Optional note on scope or ambiguity. */
  note: z.string().optional(),
};

export const ChipEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("chip"),
  attributes: z.strictObject({
    vendor: Ref.describe("company id of the designer"),
    family: z.string().nullable().describe("product line: Hopper, Blackwell, Ascend, HBM ..."),
    kind: z.enum(["gpu", "accelerator", "cpu", "soc", "memory", "architecture", "other"]),
  }),
});

export const CompanyEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("company"),
  attributes: z.strictObject({
    country: Ref,
    industry: z.string().nullable().describe("semiconductor, foundry, equipment, memory, big-tech, ..."),
    parent: Ref.optional(),
  }),
});

export const RegulatorEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("regulator"),
  attributes: z.strictObject({
    jurisdiction: Ref.describe("country id, or 'european-union'"),
    level: z.enum(["government", "ministry", "agency", "commission", "legislature", "executive", "court", "other"]),
  }),
});

export const SourceEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("source"),
  attributes: z.strictObject({
    kind: z.enum(["newspaper", "wire", "broadcaster", "magazine", "online", "platform"]),
    country: Ref,
  }),
});

export const PersonEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("person"),
  attributes: z.strictObject({
    role: z.string().nullable().describe("what they are known as: 'President of the United States', 'CEO of Nvidia'"),
    country: Ref,
    organization: Ref.optional(),
  }),
});

export const CountryEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("country"),
  attributes: z.strictObject({
    iso: z.string().regex(/^[A-Z]{2}$/).nullable().describe("ISO 3166-1 alpha-2; null for blocs such as the EU"),
    bloc: z.boolean().optional(),
  }),
});

export const OrganizationEntrySchema = z.strictObject({
  ...Base,
  type: z.literal("organization"),
  attributes: z.strictObject({
    country: Ref,
  }),
});

export const LexiconEntrySchema = z.discriminatedUnion("type", [
  ChipEntrySchema,
  CompanyEntrySchema,
  RegulatorEntrySchema,
  SourceEntrySchema,
  PersonEntrySchema,
  CountryEntrySchema,
  OrganizationEntrySchema,
]);

export const LexiconFileSchema = z.strictObject({
  entries: z.array(LexiconEntrySchema),
});

export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
