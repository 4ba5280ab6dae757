/**
 * Records in input order from a pool of worker threads. At most `jobs × LOOKAHEAD` inputs
 * are in flight or waiting to be written, so memory does not grow with the batch. An input
 * that overruns --timeout gets a TIMEOUT record and its worker is replaced.
 */
import { Worker } from "node:worker_threads";
import type { Io } from "./io.js";
import type { InputItem } from "./inputs.js";
import type { GisaRecord } from "../schema/record.js";
import type { WorkerInit, WorkerTask } from "./worker.js";
import { extractDetailed, errorRecord, inputInfo } from "../pipeline/extract.js";
import { readInput, readStream } from "./read.js";
import { loadLexicon } from "./lexicon-files.js";

/** Inputs dispatched ahead of the one being written, per worker: enough to keep workers busy while one slow page holds the queue. */
const LOOKAHEAD = 8;

export interface PoolOptions {
  jobs: number;
  lexicon: string[];
  cwd: string;
  url?: string | undefined;
  maxBytes: number;
  timeout: number;
  articleOnly: boolean;
}

export interface Result {
  item: InputItem;
  record: GisaRecord;
  explain: Record<string, string> | null;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);

export async function* mapRecords(items: readonly InputItem[], opts: PoolOptions, io: Io): AsyncGenerator<Result> {
  if (items.length === 1) {
    // one input: in this thread, no worker start-up
    const item = items[0] as InputItem;
    const lexicon = loadLexicon(opts.lexicon, opts.cwd);
    const read = await readInput(item, io.stdin, opts.maxBytes);
    if (!read.ok) {
      yield { item, record: errorRecord(inputInfo(read.bytes, { path: item.path, url: opts.url ?? null }, null), read.code, read.message), explain: null };
      return;
    }
    const { record, explain } = extractDetailed(read.bytes, { path: item.path, url: opts.url ?? null, lexicon, maxBytes: opts.maxBytes, articleOnly: opts.articleOnly });
    yield { item, record, explain };
    return;
  }
  yield* pooled(items, opts, io);
}

interface Slot {
  worker: Worker;
  task: WorkerTask | null;
  timer: NodeJS.Timeout | null;
}

async function* pooled(items: readonly InputItem[], opts: PoolOptions, io: Io): AsyncGenerator<Result> {
  const init: WorkerInit = { lexicon: opts.lexicon, cwd: opts.cwd, url: opts.url ?? null, maxBytes: opts.maxBytes, articleOnly: opts.articleOnly };
  const done = new Map<number, Result>();
  const queue: WorkerTask[] = [];
  let next = 0; // next index to dispatch
  let emit = 0; // next index to yield
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: init }), task: null, timer: null };
    slot.worker.on("message", (msg: { index: number; record: GisaRecord; explain: Record<string, string> | null }) => {
      if (slot.timer) clearTimeout(slot.timer);
      const task = slot.task;
      slot.task = null;
      slot.timer = null;
      if (task && task.index === msg.index) done.set(msg.index, { item: task.item, record: msg.record, explain: msg.explain });
      dispatch(slot);
      notify();
    });
    slot.worker.on("error", (err) => {
      // a crash inside a worker is this input's error record; the pool goes on with a new worker
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      if (task) done.set(task.index, { item: task.item, record: errorRecord(inputInfo(new Uint8Array(0), { path: task.item.path, url: opts.url ?? null }, null), "INTERNAL", `worker failed: ${err.message}`), explain: null });
      replace(slot);
      notify();
    });
    return slot;
  };
  const replace = (slot: Slot) => {
    slot.task = null;
    slot.timer = null;
    void slot.worker.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    dispatch(fresh);
  };
  const dispatch = (slot: Slot) => {
    if (slot.task) return;
    const task = queue.shift();
    if (!task) return;
    slot.task = task;
    slot.timer = setTimeout(() => {
      if (slot.task !== task) return;
      done.set(task.index, {
        item: task.item,
        record: errorRecord(inputInfo(task.bytes ?? new Uint8Array(0), { path: task.item.path, url: opts.url ?? null }, null), "TIMEOUT", `extraction took longer than ${opts.timeout} ms (--timeout); the worker was replaced`),
        explain: null,
      });
      replace(slot);
      notify();
    }, opts.timeout);
    slot.worker.postMessage(task, task.bytes ? [task.bytes.buffer as ArrayBuffer] : []);
  };

  const fill = async () => {
    while (next < items.length && next - emit < opts.jobs * LOOKAHEAD) {
      const item = items[next] as InputItem;
      const task: WorkerTask = { index: next, item };
      if (item.file === null) {
        const read = await readStream(io.stdin, opts.maxBytes);
        if (!read.ok) {
          done.set(next, { item, record: errorRecord(inputInfo(read.bytes, { path: item.path, url: opts.url ?? null }, null), read.code, read.message), explain: null });
          next++;
          continue;
        }
        task.bytes = read.bytes;
      }
      queue.push(task);
      next++;
      const idle = slots.find((s) => !s.task);
      if (idle) dispatch(idle);
    }
  };

  for (let i = 0; i < opts.jobs; i++) slots.push(spawn());
  try {
    await fill();
    while (emit < items.length) {
      const r = done.get(emit);
      if (r) {
        done.delete(emit);
        emit++;
        yield r;
        await fill();
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(emit)) notify();
      });
    }
  } finally {
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      void s.worker.terminate();
    }
  }
}
