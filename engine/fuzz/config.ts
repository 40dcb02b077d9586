/**
 * The fuzz properties' seed and sizes. The seed is fixed so that CI runs the same cases every time
 * and a failure replays; fast-check prints the seed and path of a failing case, and
 * NETPLAY_FUZZ_SEED runs another set (NETPLAY_FUZZ_SCALE multiplies every size, e.g. 10 for a
 * long local run). The sizes are chosen so that the whole set stays under a minute on two cores.
 */
const seed = Number(process.env.NETPLAY_FUZZ_SEED ?? 20261126);
const scale = Number(process.env.NETPLAY_FUZZ_SCALE ?? 1);

/** fast-check parameters for a property run `runs` times at scale 1. */
export const fuzzParameters = (runs: number) => ({ seed, numRuns: Math.max(1, Math.round(runs * scale)) });
