import { defineConfig, type Plugin } from "vite";
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: "./",
  worker: { format: "es" },
  build: { outDir: "dist", sourcemap: true },
});
