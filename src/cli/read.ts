/** Reading one input's bytes with the size limit applied before the whole file is read. */
import fs from "node:fs";
import type { Readable } from "node:stream";
import type { InputItem } from "./inputs.js";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; code: "UNREADABLE" | "TOO_LARGE"; message: string; bytes: Uint8Array };

const EMPTY = new Uint8Array(0);

export async function readStream(stream: Readable, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > maxBytes) {
      stream.resume();
      return { ok: false, code: "TOO_LARGE", message: `standard input is over the limit of ${maxBytes} bytes (--max-bytes)`, bytes: EMPTY };
    }
    chunks.push(b);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * An input's bytes. Files are read synchronously: this runs in a pool worker, a thread of its own
 * that has nothing else to do meanwhile, and fs.promises.readFile's round trips through the
 * thread pool left the worker idle for a sixth of a batch.
 */
export async function readInput(item: InputItem, stdin: Readable, maxBytes: number): Promise<ReadResult> {
  if (item.file === null) return readStream(stdin, maxBytes);
  try {
    const st = fs.statSync(item.file);
    if (st.isDirectory()) return { ok: false, code: "UNREADABLE", message: "is a folder", bytes: EMPTY };
    if (st.size > maxBytes) return { ok: false, code: "TOO_LARGE", message: `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)`, bytes: EMPTY };
    const buf = fs.readFileSync(item.file);
    if (buf.length > maxBytes) return { ok: false, code: "TOO_LARGE", message: `file is over the limit of ${maxBytes} bytes (--max-bytes)`, bytes: EMPTY };
    return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.length) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // fs messages begin with their code ("ENOENT: no such file…"); other errors get it in front
    const detail = err.code && !err.message.startsWith(err.code) ? `${err.code} ${err.message}` : err.message;
    return { ok: false, code: "UNREADABLE", message: `cannot read ${item.path}: ${detail}`, bytes: EMPTY };
  }
}
