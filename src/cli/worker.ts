/** A pool worker: reads and extracts the inputs the main thread sends, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { extractDetailed, errorRecord, inputInfo } from "../pipeline/extract.js";
import { readInput } from "./read.js";
import { loadLexicon } from "./lexicon-files.js";
import type { InputItem } from "./inputs.js";
import { Readable } from "node:stream";

export interface WorkerInit {
  lexicon: string[];
  cwd: string;
  url: string | null;
  maxBytes: number;
  articleOnly: boolean;
}

export interface WorkerTask {
  index: number;
  item: InputItem;
  /** Bytes of standard input, read by the main thread. */
  bytes?: Uint8Array;
}

const init = workerData as WorkerInit;
const lexicon = loadLexicon(init.lexicon, init.cwd);
const noStdin = Readable.from([]);

parentPort?.on("message", async (task: WorkerTask) => {
  let result;
  if (task.bytes) {
    result = extractDetailed(task.bytes, { path: task.item.path, url: init.url, lexicon, maxBytes: init.maxBytes, articleOnly: init.articleOnly });
  } else {
    const read = await readInput(task.item, noStdin, init.maxBytes);
    result = read.ok
      ? extractDetailed(read.bytes, { path: task.item.path, url: init.url, lexicon, maxBytes: init.maxBytes, articleOnly: init.articleOnly })
      : { record: errorRecord(inputInfo(read.bytes, { path: task.item.path, url: init.url }, null), read.code, read.message), explain: null };
  }
  parentPort?.postMessage({ index: task.index, ...result });
});
