/**
 * Standard streams for a thread that is not the main one. A worker's own process.stdout and
 * process.stdin relay every chunk through the main thread; these read and write the process's
 * file descriptors directly instead. A descriptor that another process left non-blocking answers
 * EAGAIN when it is not ready: the read or write is tried again a moment later.
 */
import fs from "node:fs";
import net from "node:net";
import tty from "node:tty";
import { Readable, Writable } from "node:stream";

const RETRY_MS = 5;

const again = (e: unknown) => (e as NodeJS.ErrnoException).code === "EAGAIN";

/**
 * Writes each chunk whole, in order, with write(2) on `fd`. Errors (EPIPE) are the stream's, unless
 * it is `lossy` (standard error): then a failed write silences it, since there is nowhere left to
 * report to.
 */
export class FdWritable extends Writable {
  /** Set when the process is ending, or a lossy stream failed: later writes are dropped. */
  silenced = false;

  constructor(
    private readonly fd: number,
    readonly isTTY: boolean,
    private readonly lossy = false,
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
        else if (this.lossy) {
          this.silenced = true;
          callback();
        } else callback(e as Error);
      }
    };
    step();
  }
}

/**
 * Reads `fd` to its end with read(2) on the thread pool; the descriptor stays open. For regular
 * files: a read waiting on a pipe or terminal would hold up the process's exit (see StdinReadable).
 */
export class FdReadable extends Readable {
  constructor(private readonly fd: number) {
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
      if (n === 0) this.push(null);
      // a short read is copied out, so that it does not keep the whole buffer alive
      else this.push(n < buf.length / 2 ? Buffer.from(buf.subarray(0, n)) : buf.subarray(0, n));
    });
  }
}

/** Descriptor 0 as a stream of the right kind. */
function openStdin(isTTY: boolean): Readable {
  let st: fs.Stats | null = null;
  try {
    st = fs.fstatSync(0);
  } catch {
    /* closed: reading reports it */
  }
  // pipes, sockets and terminals are read by the event loop; a read on the thread pool that
  // waits for a writer would keep the process from exiting, even on a signal
  if (st && (st.isFIFO() || st.isSocket())) return new net.Socket({ fd: 0, readable: true, writable: false });
  if (isTTY) return new tty.ReadStream(0);
  return new FdReadable(0);
}

/**
 * Standard input, opened on the first read: a command that never reads it (a list of files)
 * takes nothing from a pipe it shares with other processes.
 */
export class StdinReadable extends Readable {
  private source: Readable | null = null;

  constructor(readonly isTTY: boolean) {
    super();
  }

  override _read(): void {
    if (this.source) {
      this.source.resume();
      return;
    }
    const source = openStdin(this.isTTY);
    this.source = source;
    source.on("data", (chunk: Buffer) => {
      if (!this.push(chunk)) source.pause();
    });
    source.once("end", () => this.push(null));
    source.once("error", (err) => this.destroy(err));
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.source?.destroy();
    callback(err);
  }
}
