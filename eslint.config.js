import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The engine is the kernel model: it must run in a Worker and in Node without a DOM or UI library.
const engineRestrictions = {
  patterns: [
    {
      group: ["react", "react-dom", "react/*", "@xyflow/*", "zustand", "zustand/*"],
      message: "engine/ must not depend on UI libraries.",
    },
    { group: ["**/app/**", "../app", "../../app"], message: "engine/ must not import the app." },
    {
      group: ["node:*"],
      message: "Only engine/cli may use Node built-ins; the engine also runs in a browser worker.",
    },
  ],
};

export default tseslint.config(
  { ignores: ["dist", "dist-cli", "node_modules", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["engine/**/*.ts"],
    ignores: ["engine/cli/**", "engine/bench/**", "engine/test/**", "engine/**/*.test.ts"],
    languageOptions: { globals: {} },
    rules: { "no-restricted-imports": ["error", engineRestrictions] },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Scenarios come from links strangers share: nothing in the page may turn text into code or markup.
  {
    files: ["app/**/*.{ts,tsx}", "engine/**/*.ts"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as React children; scenario data must never become markup.",
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]",
          message: "Set textContent instead; scenario data must never become markup.",
        },
      ],
    },
  },
);
