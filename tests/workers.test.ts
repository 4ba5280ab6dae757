/** Starting the first pool worker before the options are parsed, and the pool adopting it. */
import { Worker } from "node:worker_threads";
import { describe, it, expect } from "vitest";
import { DEFAULT_MAX_HEAP_MB, DEFAULT_YOUNG_HEAP_MB, earlyWorkerHeap, startEarly, takeWorker } from "../src/cli/workers.js";

describe("earlyWorkerHeap", () => {
  const heap = (oldMb: number, youngMb = DEFAULT_YOUNG_HEAP_MB) => ({ oldMb, youngMb });
  it.each([
    [["page.html"], heap(DEFAULT_MAX_HEAP_MB)],
    [[], heap(DEFAULT_MAX_HEAP_MB)],
    [["extract", "pages/", "--max-heap", "256"], heap(256)],
    [["pages/", "--max-heap=64", "-j", "2"], heap(64)],
    [["pages/", "--young-heap", "32"], heap(DEFAULT_MAX_HEAP_MB, 32)],
    [["pages/", "--young-heap=16", "--max-heap", "64"], heap(64, 16)],
    [["pages/", "--young-heap", "16", "--young-heap", "32"], heap(DEFAULT_MAX_HEAP_MB, 32)],
    [["pages/", "--max-heap", "lots"], null],
    [["pages/", "--max-heap"], null],
    [["pages/", "--young-heap", "big"], null],
    [["schema"], null],
    [["validate", "out.ndjson"], null],
    [["check", "fixtures"], null],
    [["lexicon"], null],
    [["extract", "--help"], null],
    [["-h"], null],
  ] as const)("%j → %j", (argv, want) => {
    expect(earlyWorkerHeap(argv)).toEqual(want);
  });
});

describe("startEarly and takeWorker", () => {
  it("hand the early worker to the pool when its heap limits fit, and start a new one when they do not", async () => {
    const heap = (oldMb: number, youngMb = DEFAULT_YOUNG_HEAP_MB) => ({ oldMb, youngMb });
    const later = () => new Worker("", { eval: true }); // a thread started after the early one

    startEarly(heap(96));
    const marker = later();
    const adopted = takeWorker(heap(96));
    expect(adopted.threadId).toBeLessThan(marker.threadId);
    const next = takeWorker(heap(96)); // nothing early is left
    expect(next.threadId).toBeGreaterThan(marker.threadId);

    startEarly(heap(96));
    const marker2 = later();
    const fresh = takeWorker(heap(48));
    expect(fresh.threadId).toBeGreaterThan(marker2.threadId);
    expect(fresh.resourceLimits?.maxOldGenerationSizeMb).toBe(48);

    startEarly(heap(96));
    const marker3 = later();
    const younger = takeWorker(heap(96, 32)); // same old generation, another young one
    expect(younger.threadId).toBeGreaterThan(marker3.threadId);
    expect(younger.resourceLimits?.maxYoungGenerationSizeMb).toBe(32);

    await Promise.all([marker, adopted, next, marker2, fresh, marker3, younger].map((w) => w.terminate()));
  });
});
