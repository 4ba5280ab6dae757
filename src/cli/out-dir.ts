/** --out DIR: one <name>.json per input, mirroring the input tree, written atomically, never outside DIR. */
import fs from "node:fs";
import path from "node:path";

/** The output path for an input's relative path: ".." and absolute parts are dropped, so it stays inside `dir`. */
export function outPath(dir: string, rel: string): string {
  const parts = rel
    .split(/[\\/]+/)
    .filter((p) => p !== "" && p !== "." && p !== "..")
    .map((p) => p.replace(/[\u0000-\u001f]/g, "_"));
  if (parts.length === 0) parts.push("input");
  const last = parts.pop() as string;
  const ext = path.extname(last);
  const stem = (ext ? last.slice(0, -ext.length) : last) || "input";
  parts.push(`${stem.startsWith(".") ? `_${stem}` : stem}.json`);
  const target = path.resolve(dir, ...parts);
  const root = path.resolve(dir);
  if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`refusing to write outside ${dir}: ${rel}`);
  return target;
}

let counter = 0;
/** Temporary files not yet renamed; removed on interruption. */
const pending = new Set<string>();

/** Writes `data` to `target` through a temporary file in the same folder, then renames it. */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
  pending.add(tmp);
  try {
    await fs.promises.writeFile(tmp, data, { flag: "wx" });
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

/** Removes temporary files a stopped batch left behind. */
export async function removeTemporaries(): Promise<void> {
  await Promise.all([...pending].map((t) => fs.promises.rm(t, { force: true })));
  pending.clear();
}
