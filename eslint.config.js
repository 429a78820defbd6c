// Lint rules that keep the architecture true without anyone remembering it (docs/adr/001).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The platform-neutral core may not reach into adapters or platform SDKs. */
export const coreBoundary = {
  patterns: [
    { group: ["**/adapters/**", "**/adapters"], message: "src/ is platform-neutral: adapters depend on the core, never the reverse." },
    { group: ["@slack/*", "discord.js", "@discordjs/*"], message: "Platform SDKs belong in adapters/<platform>/." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "data/", "test/fixtures/", ".scratch/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: {
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Generated data (scripts/more-given-names.js): one name list, not code to read.
  { files: ["src/nlp/entities/more-given-names.ts"], rules: { "max-lines": "off" } },
  {
    files: ["src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", coreBoundary] },
  },
);
