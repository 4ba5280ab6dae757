/**
 * The CLI's own thread. bin/gisa.cjs starts this worker and does nothing else: the main thread's
 * heap sizes are fixed when Node starts (its young generation grows to 2 × 16 MB over a long
 * batch), while a worker's are set here, by the launcher's resourceLimits. This thread reads the
 * inputs, runs the pool and writes the records straight to the process's file descriptors.
 */
import tty from "node:tty";
import { parentPort, workerData } from "node:worker_threads";
import { FdWritable, StdinReadable } from "./fd-streams.js";
import type { Io } from "./io.js";
import { earlyWorkerHeap, startEarly } from "./workers.js";

export interface CoordinatorInit {
  argv: string[];
}

/** main → coordinator: a signal arrived; the batch stops cleanly. */
export interface CoordinatorSignal {
  signal: "SIGINT" | "SIGTERM";
}

/** coordinator → main: the process's exit status; everything is written. */
export interface CoordinatorExit {
  exit: number;
}

const init = workerData as CoordinatorInit | null;
if (parentPort && Array.isArray(init?.argv)) {
  const port = parentPort;
  // the first pool worker loads the pipeline while this thread loads the CLI
  const heap = earlyWorkerHeap(init.argv);
  if (heap !== null) startEarly(heap);
  const { run } = await import("./run.js");
  const stop = new AbortController();
  port.on("message", (msg: CoordinatorSignal) => stop.abort(msg.signal));
  port.unref();

  const stdout = new FdWritable(1, tty.isatty(1));
  const stderr = new FdWritable(2, tty.isatty(2), true);
  // a closed pipe (gisa … | head) ends the run quietly, with status 0
  let pipeClosed = false;
  stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") return; // other write errors fail the run, which reports them
    pipeClosed = true;
    stderr.silenced = true; // the run's own report of the failed write
    const exit: CoordinatorExit = { exit: 0 };
    port.postMessage(exit);
  });

  const io: Io = { stdin: new StdinReadable(tty.isatty(0)), stdout, stderr, env: process.env, cwd: process.cwd(), signal: stop.signal };
  const code = await run(init.argv, io);
  // a write that waits on a non-blocking descriptor (EAGAIN) finishes before the process exits
  await Promise.all([stdout, stderr].map((stream) => new Promise<void>((resolve) => stream.end(() => resolve()))));
  if (!pipeClosed) {
    const exit: CoordinatorExit = { exit: code };
    port.postMessage(exit);
  }
}
