#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader, so a clone works after `npm install`
// with no build step (see docs/adr/002-run-typescript-with-tsx.md).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../adapters/main.ts");
process.exitCode = await main(process.argv.slice(2));
