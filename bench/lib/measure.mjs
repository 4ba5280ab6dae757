/** Timing helpers for the in-process part. */
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

/** How long a warm-up round lasts at least, in ms. */
const WARMUP_MS = 3000;

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs every system over every page: `warmup` untimed rounds, then `rounds` timed rounds, in
 * this warm process. Rounds are interleaved (round 1 of every system, then round 2 …) so load
 * from elsewhere on the machine spreads evenly. When several systems share the process
 * (forceGc), a full GC before each system's round keeps one system's garbage from landing on the
 * next. A process measuring one system does not force collections: V8 drops optimized code in a
 * forced full GC, so each round would start by compiling the system again (gisa's full pipeline
 * re-optimized ~260 functions a round and measured 4.06 instead of 2.67 ms/page; the floor 0.73
 * instead of 0.60).
 * A fast system repeats the pages several times within a round (passesPerRound) so a round lasts
 * at least minRoundMs. Returns, per system, the median wall ms/page and CPU ms/page over rounds
 * (round total / passes / pages), pages/s, the fastest and slowest round, per-page medians and
 * how many pages produced a result.
 */
export async function measureSystems(systems, pages, { warmup, rounds, minRoundMs = 400, forceGc = systems.length > 1 }, onRound = () => {}) {
  const state = systems.map(() => ({ perPage: pages.map(() => []), roundMs: [], roundCpuMs: [], ok: 0, firstError: null, passes: 1 }));
  for (let r = 0; r < warmup + rounds; r++) {
    const timed = r >= warmup;
    onRound(r, timed);
    for (let k = 0; k < systems.length; k++) {
      const system = systems[k];
      const st = state[k];
      const isAsync = system.run.constructor.name === "AsyncFunction";
      if (forceGc) gc();
      let total = 0;
      let okRound = 0;
      const cpu0 = process.cpuUsage();
      // a fast system repeats the pages within a round until the round lasts ~minRoundMs, so
      // one GC pause or one preemption by another process cannot swing its figure.
      // A warm-up round repeats them until it has lasted WARMUP_MS (at least two passes): a
      // system with much code is still being compiled after two passes (gisa's full pipeline:
      // 5.6 ms/page in the round after a two-pass warm-up, 2.6 in the next ones; after a warm-up
      // of 0.8 s, 3.5–4.8). The rounds are sized from the warm-up's last pass.
      const warmStart = performance.now();
      for (let pass = 0; timed ? pass < st.passes : pass < 2 || performance.now() - warmStart < WARMUP_MS; pass++) {
        okRound = 0;
        if (!timed) total = 0;
        for (let i = 0; i < pages.length; i++) {
          const t0 = performance.now();
          let good = false;
          try {
            good = isAsync ? await system.run(pages[i]) : system.run(pages[i]);
          } catch (e) {
            st.firstError ??= `${pages[i].rel}: ${e?.message ?? e}`;
          }
          const dt = performance.now() - t0;
          if (good) okRound++;
          total += dt;
          if (timed) st.perPage[i].push(dt);
        }
      }
      const cpu = process.cpuUsage(cpu0);
      if (timed) {
        st.roundMs.push(total / st.passes);
        st.roundCpuMs.push((cpu.user + cpu.system) / 1000 / st.passes);
      } else {
        st.passes = Math.max(st.passes, Math.ceil(minRoundMs / Math.max(total, 0.001)));
      }
      st.ok = okRound;
    }
  }
  return systems.map((system, k) => {
    const { perPage, roundMs, roundCpuMs, ok, firstError, passes } = state[k];
    const msPerPage = median(roundMs) / pages.length;
    return {
      name: system.name,
      key: system.key,
      group: system.group,
      msPerPage,
      pagesPerSec: 1000 / msPerPage,
      // CPU time of the whole process (user + system, GC threads included) per page: less
      // sensitive than wall time to other processes competing for the cores
      cpuMsPerPage: median(roundCpuMs) / pages.length,
      bestRoundMsPerPage: Math.min(...roundMs) / pages.length,
      worstRoundMsPerPage: Math.max(...roundMs) / pages.length,
      rounds,
      warmup,
      passesPerRound: passes,
      ok,
      pages: pages.length,
      firstError,
      perPageMedianMs: Object.fromEntries(pages.map((p, i) => [p.rel, round3(median(perPage[i]))])),
    };
  });
}

export function round3(x) {
  return Math.round(x * 1000) / 1000;
}
