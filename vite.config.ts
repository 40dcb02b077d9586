import { defineConfig, runnerImport, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The page runs only its own bundled scripts and worker, whatever a shared link carries. Inline
 * styles stay allowed: React Flow and xterm position elements with style attributes. Added to the
 * built page only, because the dev server injects an inline script (React Refresh's preamble).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const contentSecurityPolicy = (): Plugin => ({
  name: "netplay-content-security-policy",
  apply: "build",
  transformIndexHtml: () => [
    {
      tag: "meta",
      attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
      injectTo: "head-prepend",
    },
  ],
});

/**
 * `virtual:opening-snapshot`: what a fresh engine answers to the page's opening, recorded by running
 * the engine here in Node. A fresh page draws it at once and starts its worker after (app/main.tsx);
 * made from the engine on every build and dev start, never written by hand, so it cannot drift.
 */
const openingSnapshot = (): Plugin => ({
  name: "netplay-opening-snapshot",
  resolveId: {
    filter: { id: /^virtual:opening-snapshot$/ },
    handler: (id) => `\0${id}`,
  },
  load: {
    filter: { id: /^\0virtual:opening-snapshot$/ },
    async handler() {
      // Through Vite's module runner: the engine's TypeScript as the page's build reads it.
      const { module, dependencies } = await runnerImport<typeof import("./app/world/opening-snapshot")>(
        "./app/world/opening-snapshot.ts",
        { configFile: false },
      );
      for (const file of dependencies) this.addWatchFile(file);
      const calls = await module.openingSnapshot();
      // JSON.parse of a string reads faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(calls))});`;
    },
  },
});

/**
 * app/main.tsx imports the page's code (app/page.tsx) once its own few lines have run. The built page
 * names that chunk and the chunks it imports as module preloads too, so the browser fetches them with
 * main's instead of a round trip after it: 0–50 ms sooner from a local server, a whole round trip
 * sooner from a distant one.
 */
const preloadPage = (): Plugin => ({
  name: "netplay-preload-page",
  apply: "build",
  transformIndexHtml: {
    order: "post",
    handler(_html, { bundle }) {
      const chunks = Object.values(bundle ?? {}).filter((out) => out.type === "chunk");
      const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith("/app/page.tsx"));
      if (!page) throw new Error("netplay-preload-page: no chunk for app/page.tsx");
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      return [page.fileName, ...page.imports.filter((file) => !entries.has(file))].map((file) => ({
        tag: "link",
        attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
        injectTo: "head" as const,
      }));
    },
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), openingSnapshot(), preloadPage()],
  base: "./",
  // The engine runs in a worker, whose imports the dev server's dependency scan does not follow: named
  // here, ip-num is prebundled at start instead of found on the first load, which then reloads the page.
  optimizeDeps: { include: ["ip-num/dist/src/BinaryUtils"] },
  worker: { format: "es" },
  build: { outDir: "dist", sourcemap: true },
});
