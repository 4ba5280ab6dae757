/**
 * Records in input order from a pool of worker threads. Tasks are pulled lazily and at most
 * `jobs × LOOKAHEAD` are in flight or waiting to be written, so memory does not grow with the
 * batch. An input that overruns --timeout gets a TIMEOUT record and its worker is replaced; a
 * worker that crashes gives an INTERNAL record and is replaced too.
 */
import type { Worker } from "node:worker_threads";
import type { Io } from "./io.js";
import type { GisaRecord } from "../schema/record.js";
import type { WorkerInit, WorkerReply } from "./worker.js";
import { errorRecord, inputInfo } from "../pipeline/records.js";
import { readStream } from "./read.js";
import type { Task } from "./tasks.js";
import { pack, type Packed, type Shape } from "./packed.js";
import { takeWorker, type WorkerHeap } from "./workers.js";

/** Workers in a row that fail before they are ready, after which the batch stops with an error. */
const MAX_START_FAILURES = 3;

/** Inputs dispatched ahead of the one being written, per worker: enough to keep workers busy while one slow page holds the queue. */
const LOOKAHEAD = 8;

export interface PoolOptions {
  /** Heap limits of each worker (--max-heap, --young-heap). */
  heap: WorkerHeap;
  /** How records come back: JSON text in the output's layout, or whole objects (pretty). */
  shape: Shape;
  jobs: number;
  lexicon: string[];
  cwd: string;
  maxBytes: number;
  timeout: number;
  articleOnly: boolean;
  /** Stops dispatching new tasks (SIGINT, SIGTERM); what is already done is still yielded in order. */
  signal?: AbortSignal;
}

export interface Result {
  task: Task;
  packed: Packed;
}

export function taskError(task: Task, code: Parameters<typeof errorRecord>[1], message: string, shape: Shape): Packed {
  const record: GisaRecord = errorRecord(inputInfo(task.bytes ?? new Uint8Array(0), { path: task.item.path, url: task.url ?? null }, null), code, message);
  return pack(record, shape);
}

interface Slot {
  /** True once the worker has loaded the pipeline and the lexicon: --timeout counts from dispatch to a ready worker. */
  ready: boolean;
  worker: Worker;
  task: { index: number; task: Task } | null;
  timer: NodeJS.Timeout | null;
}

export async function* pooled(tasks: AsyncIterable<Task>, opts: PoolOptions, io: Io): AsyncGenerator<Result> {
  const init: WorkerInit = { lexicon: opts.lexicon, cwd: opts.cwd, maxBytes: opts.maxBytes, articleOnly: opts.articleOnly, shape: opts.shape };
  const done = new Map<number, Result>();
  const queue: { index: number; task: Task }[] = [];
  const source = tasks[Symbol.asyncIterator]();
  let exhausted = false;
  let next = 0; // tasks pulled so far
  let emit = 0; // next index to yield
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const slots: Slot[] = [];
  let startFailures = 0;
  let broken: Error | null = null;
  const spawn = (): Slot => {
    const slot: Slot = { ready: false, worker: takeWorker(opts.heap), task: null, timer: null };
    slot.worker.on("message", (msg: WorkerReply | { ready: true }) => {
      if ("ready" in msg) {
        slot.ready = true;
        startFailures = 0;
        dispatch(slot);
        return;
      }
      const current = slot.task;
      if (!current || current.index !== msg.index) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.task = null;
      slot.timer = null;
      done.set(msg.index, { task: current.task, packed: msg.packed });
      dispatch(slot);
      notify();
    });
    const lost = (err: Error) => {
      // a worker that cannot even start (a broken installation) would be replaced forever
      if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
        broken = new Error(`pool workers fail to start: ${err.message}`);
        notify();
        return;
      }
      const current = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      if (current) {
        const oom = (err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
        const packed = oom
          ? taskError(current.task, "TOO_LARGE", `the page needs more than the worker's ${opts.heap.oldMb} MB heap (--max-heap)`, opts.shape)
          : taskError(current.task, "INTERNAL", `worker failed: ${err.message}`, opts.shape);
        done.set(current.index, { task: current.task, packed });
      }
      replace(slot);
      notify();
    };
    slot.worker.on("error", lost);
    // an exit the pool did not ask for (its own terminations remove these listeners first)
    slot.worker.on("exit", (code) => lost(new Error(`worker exited with code ${code}`)));
    slot.worker.postMessage({ init });
    return slot;
  };
  const replace = (slot: Slot) => {
    slot.task = null;
    slot.timer = null;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    dispatch(fresh);
  };
  const dispatch = (slot: Slot) => {
    if (!slot.ready || slot.task || opts.signal?.aborted) return;
    const job = queue.shift();
    if (!job) return;
    slot.task = job;
    slot.timer = setTimeout(() => {
      if (slot.task !== job) return;
      done.set(job.index, { task: job.task, packed: taskError(job.task, "TIMEOUT", `extraction took longer than ${opts.timeout} ms (--timeout); the worker was replaced`, opts.shape) });
      replace(slot);
      notify();
    }, opts.timeout);
    // bytes are copied, not transferred: the task keeps them for its error record
    slot.worker.postMessage({ index: job.index, task: job.task });
  };

  const fill = async () => {
    while (!exhausted && next - emit < opts.jobs * LOOKAHEAD && !opts.signal?.aborted) {
      const r = await source.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      let task = r.value;
      const index = next++;
      if (!task.preError && task.item.file === null && !task.bytes) {
        // standard input is read here, in the thread that owns it; the worker gets the bytes
        const read = await readStream(io.stdin, opts.maxBytes);
        task = read.ok ? { ...task, bytes: read.bytes } : { ...task, preError: { code: read.code, message: read.message } };
      }
      if (task.preError) {
        done.set(index, { task, packed: taskError(task, task.preError.code, task.preError.message, opts.shape) });
        notify();
        continue;
      }
      queue.push({ index, task });
      const idle = slots.find((s) => s.ready && !s.task);
      if (idle) dispatch(idle);
    }
  };

  // Inputs are pulled in the background: a stream that is slow to give its next page (a pipe)
  // holds up neither the records already made nor a stop on a signal.
  let filling: Promise<void> | null = null;
  const pump = () => {
    filling ??= fill()
      .catch((e: unknown) => void (broken ??= e instanceof Error ? e : new Error(String(e))))
      .finally(() => {
        filling = null;
        notify();
      });
  };

  for (let i = 0; i < opts.jobs; i++) slots.push(spawn());
  const onAbort = () => notify();
  opts.signal?.addEventListener("abort", onAbort);
  try {
    pump();
    while (!exhausted || emit < next) {
      if (broken) throw broken;
      const r = done.get(emit);
      if (r) {
        done.delete(emit);
        emit++;
        yield r;
        pump();
        continue;
      }
      if (opts.signal?.aborted) return;
      if (exhausted && emit >= next) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(emit) || opts.signal?.aborted || broken) notify();
      });
    }
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      s.worker.removeAllListeners();
      void s.worker.terminate();
    }
    // a pull still waiting on its stream ends with the process; the source is not awaited then
    if (filling) void source.return?.(undefined);
    else await source.return?.(undefined);
  }
}
