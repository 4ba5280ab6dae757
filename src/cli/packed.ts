/**
 * How a record travels back to the writer: as the UTF-8 bytes of its line (JSON text and a newline),
 * which a worker transfers without a copy and the writer hands to the output as they are; or whole,
 * for --format pretty. The coordinator thread then never holds records as strings.
 */
import type { GisaRecord } from "../schema/record.js";

export type Shape = "compact" | "indented" | "object";

export interface Packed {
  /** What the summary and exit status need. */
  error: { code: string; message: string } | null;
  warnings: { code: string; message: string }[];
  /** The record as it will be written (compact or indented JSON, then "\n") in UTF-8, for shapes other than "object". */
  line: Uint8Array | null;
  record: GisaRecord | null;
  /** Which rule produced each field, for --explain. */
  explain: Record<string, string> | null;
}

const encoder = new TextEncoder();

export function pack(record: GisaRecord, shape: Shape, explain: Record<string, string> | null = null): Packed {
  return {
    error: "error" in record ? record.error : null,
    warnings: "error" in record ? [] : record.warnings,
    line: shape === "object" ? null : encoder.encode(`${shape === "compact" ? JSON.stringify(record) : JSON.stringify(record, null, 2)}\n`),
    record: shape === "object" ? record : null,
    explain,
  };
}
