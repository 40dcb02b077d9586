import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * §4 of BENCHMARKS.md: the app, built into its own directory and served on its own port, so that a
 * build or a preview of the e2e tests running meanwhile cannot change what is measured. One worker:
 * the figures are timings, and two pages at once would measure each other.
 */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
export const BENCH_DIST = process.env.NP_BENCH_DIST ?? "/tmp/netplay-bench/dist";
const PORT = Number(process.env.NP_BENCH_PORT ?? 4391);

export default defineConfig({
  testDir: ".",
  testMatch: "*.bench.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 600_000,
  reporter: "line",
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${BENCH_DIST} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
