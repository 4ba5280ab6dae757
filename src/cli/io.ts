/** The streams and environment the CLI runs with; injected so tests run it in-process. */
import type { Readable, Writable } from "node:stream";

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM: a batch stops cleanly; the reason is the signal's name. */
  signal?: AbortSignal;
}

/** Writes and waits for the stream to take the chunk (backpressure). */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once("drain", () => resolve());
  });
}

export function colorLevel(io: Io, stream: { isTTY?: boolean }): 0 | 1 | 2 | 3 {
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return 0;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  return stream.isTTY ? 1 : 0;
}
