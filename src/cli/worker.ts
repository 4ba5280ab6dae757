/** A pool worker: reads and extracts the tasks the main thread sends, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { Readable } from "node:stream";
import { loadLexicon } from "./lexicon-files.js";
import { runTask } from "./run-task.js";
import { pack, type Packed, type Shape } from "./packed.js";
import type { Task } from "./tasks.js";

export interface WorkerInit {
  lexicon: string[];
  cwd: string;
  maxBytes: number;
  articleOnly: boolean;
  shape: Shape;
}

export interface WorkerReply {
  index: number;
  packed: Packed;
}

const init = workerData as WorkerInit | null;
if (parentPort && init) {
  const port = parentPort;
  const lexicon = loadLexicon(init.lexicon, init.cwd);
  const noStdin = Readable.from([]);
  port.on("message", async (msg: { index: number; task: Task }) => {
    const result = await runTask(msg.task, { lexicon, maxBytes: init.maxBytes, articleOnly: init.articleOnly, stdin: noStdin });
    const reply: WorkerReply = { index: msg.index, packed: pack(result.record, init.shape, result.explain) };
    // the line's buffer moves to the main thread instead of being copied
    port.postMessage(reply, reply.packed.line ? [reply.packed.line.buffer as ArrayBuffer] : []);
  });
  port.postMessage({ ready: true });
}
