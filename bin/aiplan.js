#!/usr/bin/env node
// Starts the command line built by electron-vite (npm run build) from electron/cli/aiplan.ts.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const entry = new URL('../out/main/aiplan.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('aiplan: the command line is not built yet; run npm run build first.\n');
  process.exit(1);
}
await import(entry.href);
