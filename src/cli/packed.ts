/** How a record travels back to the writer: as the text to write (cheap to pass between threads), or whole for --format pretty. */
import type { GisaRecord } from "../schema/record.js";

export type Shape = "compact" | "indented" | "object";

export interface Packed {
  /** What the summary and exit status need. */
  error: { code: string; message: string } | null;
  warnings: { code: string; message: string }[];
  /** The record as it will be written (compact or indented JSON), for shapes other than "object". */
  text: string | null;
  record: GisaRecord | null;
  /** Which rule produced each field, for --explain. */
  explain: Record<string, string> | null;
}

export function pack(record: GisaRecord, shape: Shape, explain: Record<string, string> | null = null): Packed {
  return {
    error: "error" in record ? record.error : null,
    warnings: "error" in record ? [] : record.warnings,
    text: shape === "compact" ? JSON.stringify(record) : shape === "indented" ? JSON.stringify(record, null, 2) : null,
    record: shape === "object" ? record : null,
    explain,
  };
}
