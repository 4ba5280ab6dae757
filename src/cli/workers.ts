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
 * --young-heap's default: the young generation of each worker, in MB. V8's default lets it grow
 * to 16–32 MB per isolate. 6 MB keeps a 10,000-page batch at -j 2 under 200 MB (172–181 MB);
 * with 16 MB it peaked at 208 MB and ran 1.3× faster, with 32 MB at 232 MB and 1.6× faster
 * (fewer objects outlive a collection of the young generation, so less copying and marking).
 */
export const DEFAULT_YOUNG_HEAP_MB = 6;

/** The heap limits of a pool worker, in MB. */
export interface WorkerHeap {
  /** Old generation (--max-heap): a page that needs more gets TOO_LARGE. */
  oldMb: number;
  /** Young generation (--young-heap): more memory, less garbage-collection work. */
  youngMb: number;
}

/** Marks a pool worker's thread (workerData), so that worker.js does nothing when imported elsewhere. */
export const POOL_WORKER = "gisa-pool-worker";

/** The built worker; when this module runs from source (tests), the build's copy beside it in dist/. */
const WORKER_URL = import.meta.url.endsWith(".ts") ? new URL("../../dist/cli/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);

function newWorker(heap: WorkerHeap): Worker {
  return new Worker(WORKER_URL, { workerData: POOL_WORKER, resourceLimits: { maxOldGenerationSizeMb: heap.oldMb, maxYoungGenerationSizeMb: heap.youngMb } });
}

/** Commands that extract nothing: no pool worker is started early for them. */
const NO_PAGES = new Set(["schema", "validate", "check", "lexicon", "help"]);

/** A numeric option's value in argv (the last one, as the parser takes it): undefined when absent, null when not a whole number. */
function numberOption(argv: readonly string[], name: string): number | null | undefined {
  const i = argv.findLastIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const value = argv[i]!.startsWith(`${name}=`) ? argv[i]!.slice(name.length + 1) : argv[i + 1];
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * The heap limits the first pool worker will need, read from argv before the options are parsed;
 * null when the command will not extract (another command, or help) or a limit is malformed.
 */
export function earlyWorkerHeap(argv: readonly string[]): WorkerHeap | null {
  if (NO_PAGES.has(argv[0] ?? "") || argv.some((a) => a === "-h" || a === "--help")) return null;
  const oldMb = numberOption(argv, "--max-heap");
  const youngMb = numberOption(argv, "--young-heap");
  if (oldMb === null || youngMb === null) return null;
  return { oldMb: oldMb ?? DEFAULT_MAX_HEAP_MB, youngMb: youngMb ?? DEFAULT_YOUNG_HEAP_MB };
}

let early: { worker: Worker; heap: WorkerHeap; failed: boolean; fail: () => void } | null = null;

/** Starts the first pool worker now, with the heap limits the options are expected to give. */
export function startEarly(heap: WorkerHeap): void {
  const started = {
    worker: newWorker(heap),
    heap,
    failed: false,
    // until the pool adopts it, a failure only means it is not used
    fail: () => void (started.failed = true),
  };
  started.worker.once("error", started.fail).once("exit", started.fail);
  early = started;
}

/** A worker with these heap limits for the pool: the early one when it fits and is alive, else a new one. */
export function takeWorker(heap: WorkerHeap): Worker {
  const e = early;
  early = null;
  if (e) {
    e.worker.off("error", e.fail).off("exit", e.fail);
    if (!e.failed && e.heap.oldMb === heap.oldMb && e.heap.youngMb === heap.youngMb) return e.worker;
    void e.worker.terminate();
  }
  return newWorker(heap);
}
