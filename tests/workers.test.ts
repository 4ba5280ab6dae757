/** Starting the first pool worker before the options are parsed, and the pool adopting it. */
import { Worker } from "node:worker_threads";
import { describe, it, expect } from "vitest";
import { DEFAULT_MAX_HEAP_MB, earlyWorkerHeap, startEarly, takeWorker } from "../src/cli/workers.js";

describe("earlyWorkerHeap", () => {
  it.each([
    [["page.html"], DEFAULT_MAX_HEAP_MB],
    [[], DEFAULT_MAX_HEAP_MB],
    [["extract", "pages/", "--max-heap", "256"], 256],
    [["pages/", "--max-heap=64", "-j", "2"], 64],
    [["pages/", "--max-heap", "lots"], null],
    [["pages/", "--max-heap"], null],
    [["schema"], null],
    [["validate", "out.ndjson"], null],
    [["check", "fixtures"], null],
    [["lexicon"], null],
    [["extract", "--help"], null],
    [["-h"], null],
  ] as const)("%j → %s", (argv, heap) => {
    expect(earlyWorkerHeap(argv)).toBe(heap);
  });
});

describe("startEarly and takeWorker", () => {
  it("hand the early worker to the pool when its heap limit fits, and start a new one when it does not", async () => {
    const later = () => new Worker("", { eval: true }); // a thread started after the early one

    startEarly(96);
    const marker = later();
    const adopted = takeWorker(96);
    expect(adopted.threadId).toBeLessThan(marker.threadId);
    const next = takeWorker(96); // nothing early is left
    expect(next.threadId).toBeGreaterThan(marker.threadId);

    startEarly(96);
    const marker2 = later();
    const fresh = takeWorker(48);
    expect(fresh.threadId).toBeGreaterThan(marker2.threadId);
    expect(fresh.resourceLimits?.maxOldGenerationSizeMb).toBe(48);

    await Promise.all([marker, adopted, next, marker2, fresh].map((w) => w.terminate()));
  });
});
