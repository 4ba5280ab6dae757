/**
 * Starting pool workers. A worker spends about a third of a second loading the pipeline; the
 * coordinator starts the first one before it loads commander and zod and parses the options
 * (startEarly), and the pool adopts it (takeWorker). This module imports nothing else of gisa, so
 * starting early costs no loading. The worker learns its settings from its first message.
 */
import { Worker } from "node:worker_threads";

/** --max-heap's default: old-generation limit of each worker, in MB. */
export const DEFAULT_MAX_HEAP_MB = 128;

/**
 * The young generation of each worker, in MB. V8's default lets it grow to 16–32 MB per isolate.
 * 6 MB: a 10,000-page batch at -j 2 peaked at 179–181 MB against 186–200 MB with 8 MB, in the
 * same time (41–48 s for either, on a machine whose load moves the figures by 15%).
 */
const WORKER_YOUNG_MB = 6;

/** Marks a pool worker's thread (workerData), so that worker.js does nothing when imported elsewhere. */
export const POOL_WORKER = "gisa-pool-worker";

/** The built worker; when this module runs from source (tests), the build's copy beside it in dist/. */
const WORKER_URL = import.meta.url.endsWith(".ts") ? new URL("../../dist/cli/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);

function newWorker(maxHeapMb: number): Worker {
  return new Worker(WORKER_URL, { workerData: POOL_WORKER, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** Commands that extract nothing: no pool worker is started early for them. */
const NO_PAGES = new Set(["schema", "validate", "check", "lexicon", "help"]);

/**
 * The heap limit the first pool worker will need, read from argv before the options are parsed;
 * null when the command will not extract (another command, or help).
 */
export function earlyWorkerHeap(argv: readonly string[]): number | null {
  if (NO_PAGES.has(argv[0] ?? "") || argv.some((a) => a === "-h" || a === "--help")) return null;
  const i = argv.findIndex((a) => a === "--max-heap" || a.startsWith("--max-heap="));
  if (i < 0) return DEFAULT_MAX_HEAP_MB;
  const value = argv[i]!.startsWith("--max-heap=") ? argv[i]!.slice("--max-heap=".length) : argv[i + 1];
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

let early: { worker: Worker; maxHeapMb: number; failed: boolean; fail: () => void } | null = null;

/** Starts the first pool worker now, with the heap limit the options are expected to give. */
export function startEarly(maxHeapMb: number): void {
  const started = {
    worker: newWorker(maxHeapMb),
    maxHeapMb,
    failed: false,
    // until the pool adopts it, a failure only means it is not used
    fail: () => void (started.failed = true),
  };
  started.worker.once("error", started.fail).once("exit", started.fail);
  early = started;
}

/** A worker with this heap limit for the pool: the early one when it fits and is alive, else a new one. */
export function takeWorker(maxHeapMb: number): Worker {
  const e = early;
  early = null;
  if (e) {
    e.worker.off("error", e.fail).off("exit", e.fail);
    if (!e.failed && e.maxHeapMb === maxHeapMb) return e.worker;
    void e.worker.terminate();
  }
  return newWorker(maxHeapMb);
}
