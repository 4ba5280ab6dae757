/**
 * Standard streams for a thread that is not the main one. A worker's own process.stdout and
 * process.stdin relay every chunk through the main thread; these read and write the process's
 * file descriptors directly instead. A descriptor that another process left non-blocking answers
 * EAGAIN when it is not ready: the read or write is tried again a moment later.
 */
import fs from "node:fs";
import { Readable, Writable } from "node:stream";

const RETRY_MS = 5;

const again = (e: unknown) => (e as NodeJS.ErrnoException).code === "EAGAIN";

/** Writes each chunk whole, in order, with write(2) on `fd`; errors (EPIPE) are the stream's. */
export class FdWritable extends Writable {
  /** Set when the process is ending: later writes are dropped. */
  silenced = false;

  constructor(
    private readonly fd: number,
    readonly isTTY: boolean,
  ) {
    super({ decodeStrings: true });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.silenced) return callback();
    let offset = 0;
    const step = () => {
      try {
        while (offset < chunk.length) offset += fs.writeSync(this.fd, chunk, offset, chunk.length - offset);
        callback();
      } catch (e) {
        if (again(e)) setTimeout(step, RETRY_MS);
        else callback(e as Error);
      }
    };
    step();
  }
}

/** Reads `fd` to its end with read(2) on the thread pool; the descriptor stays open. */
export class FdReadable extends Readable {
  constructor(
    private readonly fd: number,
    readonly isTTY: boolean,
  ) {
    super({ highWaterMark: 64 * 1024 });
  }

  override _read(size: number): void {
    const buf = Buffer.allocUnsafe(Math.max(size, 16 * 1024));
    fs.read(this.fd, buf, 0, buf.length, null, (err, n) => {
      if (err) {
        if (again(err)) setTimeout(() => this._read(size), RETRY_MS);
        else this.destroy(err);
        return;
      }
      this.push(n > 0 ? buf.subarray(0, n) : null);
    });
  }
}
