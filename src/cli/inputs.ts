/**
 * Inputs for a batch: files, folders (recursive, sorted, symlink loops skipped), globs, and
 * standard input. Yields lazily, in a stable order, so a folder of 100,000 pages is never
 * held as records.
 */
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_EXTENSIONS = [".html", ".htm", ".shtml", ".txt"];

export interface InputItem {
  /** Path as shown in the record (input.path). "-" for standard input. */
  path: string;
  /** Path relative to the argument it came from, for --out. */
  rel: string;
  /** Absolute file path, null for standard input. */
  file: string | null;
}

export interface InputProblem {
  path: string;
  message: string;
}

const GLOB_CHARS = /[*?[]/;

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        re += ".*";
        i++;
        if (glob[i + 1] === "/") i++;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end > i) {
        re += `[${glob.slice(i + 1, end).replace(/\\/g, "\\\\")}]`;
        i = end;
      } else re += "\\[";
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Walks a folder depth-first in sorted order; each real directory is entered once (symlink loops). */
function* walk(root: string, extensions: readonly string[] | null, problems: InputProblem[], seen: Set<string>): Generator<string> {
  let real: string;
  try {
    real = fs.realpathSync(root);
  } catch (e) {
    problems.push({ path: root, message: `cannot read folder: ${(e as Error).message}` });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: root, message: "symlink loop: folder already visited, skipped" });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: root, message: `cannot read folder: ${(e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const full = path.join(root, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        problems.push({ path: full, message: "broken symlink, skipped" });
        continue;
      }
    }
    if (isDir) yield* walk(full, extensions, problems, seen);
    else if (isFile && (!extensions || extensions.includes(path.extname(ent.name).toLowerCase()))) yield full;
  }
}

function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const base: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    base.push(p);
  }
  return base.join("/") || ".";
}

export interface ExpandOptions {
  cwd: string;
  extensions: readonly string[];
}

/** Expands the arguments into input items, in argument order. Problems (missing files, loops) are reported, not thrown. */
export function* expandInputs(args: readonly string[], options: ExpandOptions, problems: InputProblem[]): Generator<InputItem> {
  for (const arg of args) {
    if (arg === "-") {
      yield { path: "-", rel: "stdin", file: null };
      continue;
    }
    const abs = path.resolve(options.cwd, arg);
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(abs);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      for (const f of walk(abs, options.extensions, problems, new Set())) {
        yield { path: path.join(arg, path.relative(abs, f)), rel: path.relative(abs, f), file: f };
      }
      continue;
    }
    if (st) {
      yield { path: arg, rel: path.basename(arg), file: abs };
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const base = globBase(arg);
      const baseAbs = path.resolve(options.cwd, base);
      const re = globToRegExp(path.resolve(options.cwd, arg).split(path.sep).join("/"));
      let any = false;
      if (fs.existsSync(baseAbs)) {
        for (const f of walk(baseAbs, null, problems, new Set())) {
          if (re.test(f.split(path.sep).join("/"))) {
            any = true;
            yield { path: path.join(base, path.relative(baseAbs, f)), rel: path.relative(baseAbs, f), file: f };
          }
        }
      }
      if (!any) problems.push({ path: arg, message: "no file matches this pattern" });
      continue;
    }
    // a missing file still yields an item: its record is an UNREADABLE error record
    yield { path: arg, rel: path.basename(arg), file: abs };
  }
}
