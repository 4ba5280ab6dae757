/** Input descriptions and error records: what the batch edge needs without loading the pipeline. */
import { createHash } from "node:crypto";
import { ErrorRecordSchema, SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type InputInfo } from "../schema/record.js";
import { VERSION } from "../version.js";

export const TOOL = { name: "gisa" as const, version: VERSION };

/** The input's size in bytes; text stands for its UTF-8 bytes. */
export function inputSize(input: Uint8Array | string): number {
  return typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.length;
}

/** What the record says of its input (`size` when the caller already has it). */
export function inputInfo(input: Uint8Array | string, options: { path?: string | null; url?: string | null }, encoding: string | null, size = inputSize(input)): InputInfo {
  return {
    path: options.path ?? null,
    bytes: size,
    sha256: createHash("sha256").update(input).digest("hex"),
    encoding,
    url: options.url ?? null,
  };
}

export function errorRecord(input: InputInfo, code: ErrorCode, message: string): ErrorRecord {
  return ErrorRecordSchema.parse({ schemaVersion: SCHEMA_VERSION, tool: TOOL, input, error: { code, message } });
}
