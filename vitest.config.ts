import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["engine/**/*.test.ts", "app/**/*.test.ts", "app/**/*.test.tsx", "kernel/**/*.test.ts"],
    environment: "node",
  },
});
