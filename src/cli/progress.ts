/** A single updating progress line on a terminal's standard error: done/total, rate and ETA. */
import type { Io } from "./io.js";

/** Redraw at most this often, so a fast batch does not spend its time drawing. */
const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private readonly start = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly io: Io,
    private readonly total: number | null,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < REDRAW_MS && this.done !== this.total) return;
    this.last = now;
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    let line: string;
    if (this.total) {
      const eta = rate > 0 ? (this.total - this.done) / rate : 0;
      const pct = Math.min(100, Math.floor((this.done / this.total) * 100));
      const width = 24;
      const filled = Math.round((pct / 100) * width);
      line = `${"█".repeat(filled)}${"░".repeat(width - filled)} ${this.done}/${this.total} ${pct}% · ${rate.toFixed(1)} pages/s · ETA ${formatSeconds(eta)}`;
    } else {
      line = `${this.done} done · ${rate.toFixed(1)} pages/s · ${formatSeconds(secs)} elapsed`;
    }
    this.io.stderr.write(`\r${line}\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) {
      this.io.stderr.write("\r\u001b[K");
      this.shown = false;
    }
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  const sec = Math.round(s % 60);
  return m > 0 ? `${m}m${String(sec).padStart(2, "0")}s` : `${sec}s`;
}
