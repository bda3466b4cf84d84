#!/usr/bin/env node
// Installed entry point: runs the TypeScript CLI through tsx, the same code `npm run commons` runs.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
