import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']*(?:adapters|@slack\/|discord\.js|@discordjs\/)[^"']*)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the core never depends on a platform", () => {
  it("no file under src/ imports adapters/ or a platform SDK", () => {
    const offenders = sourceFiles(join(root, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(FORBIDDEN)].map((m) => `${relative(root, file)} -> ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the lint rule bites: ESLint rejects such an import in src/", async () => {
    const eslint = new ESLint({ cwd: root });
    const code = [
      'import { Client } from "discord.js";',
      'import { App } from "@slack/bolt";',
      'import { createSlackAdapter } from "../adapters/slack/index.js";',
      "export const all = [Client, App, createSlackAdapter];",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: join(root, "src/boundary-probe.ts") });
    const restricted = result?.messages.filter((m) => m.ruleId === "no-restricted-imports") ?? [];
    expect(restricted).toHaveLength(3);
  });

  it("the same imports are allowed in an adapter", async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText('import { Client } from "discord.js";\nexport const c = Client;\n', {
      filePath: join(root, "adapters/discord/boundary-probe.ts"),
    });
    expect(result?.messages.filter((m) => m.ruleId === "no-restricted-imports")).toEqual([]);
  });
});
