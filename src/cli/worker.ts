/** A pool worker: reads and extracts the tasks the coordinator sends, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { Readable } from "node:stream";
import { loadLexicon } from "./lexicon-files.js";
import type { CompiledLexicon } from "../entities/index.js";
import { POOL_WORKER } from "./workers.js";
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

/** The worker's first message: its settings. Then tasks, one at a time. */
type Message = { init: WorkerInit } | { index: number; task: Task };

if (parentPort && workerData === POOL_WORKER) {
  const port = parentPort;
  const noStdin = Readable.from([]);
  let settings: { init: WorkerInit; lexicon: CompiledLexicon } | null = null;
  port.on("message", async (msg: Message) => {
    if ("init" in msg) {
      settings = { init: msg.init, lexicon: loadLexicon(msg.init.lexicon, msg.init.cwd) };
      port.postMessage({ ready: true });
      return;
    }
    if (!settings) return; // the pool dispatches only to a ready worker
    const { init, lexicon } = settings;
    const result = await runTask(msg.task, { lexicon, maxBytes: init.maxBytes, articleOnly: init.articleOnly, stdin: noStdin });
    const reply: WorkerReply = { index: msg.index, packed: pack(result.record, init.shape, result.explain) };
    // the line's buffer moves to the coordinator instead of being copied
    port.postMessage(reply, reply.packed.line ? [reply.packed.line.buffer as ArrayBuffer] : []);
  });
}
