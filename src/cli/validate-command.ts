/** `gisa validate`: JSON and NDJSON records against the schema and the offset invariants. */
import fs from "node:fs";
import path from "node:path";
import type { Io } from "./io.js";
import { write } from "./io.js";
import { readStream } from "./read.js";
import { validateRecord } from "../schema/validate.js";

/** Record files can be large NDJSON streams; this bounds one file read into memory. */
const MAX_VALIDATE_BYTES = 1024 * 1024 * 1024;

export async function runValidate(files: readonly string[], io: Io): Promise<number> {
  let bad = 0;
  let good = 0;
  for (const file of files) {
    let text: string;
    try {
      if (file === "-") {
        const r = await readStream(io.stdin, MAX_VALIDATE_BYTES);
        if (!r.ok) throw new Error(r.message);
        text = new TextDecoder().decode(r.bytes);
      } else text = await fs.promises.readFile(path.resolve(io.cwd, file), "utf8");
    } catch (e) {
      bad++;
      await write(io.stderr, `${file}: cannot read: ${(e as Error).message}\n`);
      continue;
    }
    for (const { line, value, parseError } of records(text, file)) {
      if (parseError) {
        bad++;
        await write(io.stderr, `${file}:${line}: not JSON: ${parseError}\n`);
        continue;
      }
      const problems = validateRecord(value);
      if (problems.length === 0) good++;
      else {
        bad++;
        for (const p of problems) await write(io.stderr, `${file}:${line}: ${p.path || "(record)"}: ${p.message}\n`);
      }
    }
  }
  await write(io.stdout, `${good} valid, ${bad} invalid\n`);
  return bad > 0 ? 1 : 0;
}

interface Item {
  line: number;
  value: unknown;
  parseError: string | null;
}

function* records(text: string, file: string): Generator<Item> {
  const trimmed = text.trim();
  const ndjson = /\.(ndjson|jsonl)$/i.test(file) || (!trimmed.startsWith("[") && trimmed.includes("\n") && trimmed.split("\n").every((l) => !l.trim() || l.trim().startsWith("{")) && !isOneJson(trimmed));
  if (!ndjson) {
    try {
      const v: unknown = JSON.parse(trimmed);
      if (Array.isArray(v)) for (const [i, x] of v.entries()) yield { line: i + 1, value: x, parseError: null };
      else yield { line: 1, value: v, parseError: null };
    } catch (e) {
      yield { line: 1, value: null, parseError: (e as Error).message };
    }
    return;
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] as string).trim();
    if (!l) continue;
    try {
      yield { line: i + 1, value: JSON.parse(l), parseError: null };
    } catch (e) {
      yield { line: i + 1, value: null, parseError: (e as Error).message };
    }
  }
}

function isOneJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
