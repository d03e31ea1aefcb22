import { mkdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where screenshots go for people to look at (git-ignored). */
const SCREENSHOT_DIR = fileURLToPath(new URL('../../.output/', import.meta.url));
/** Where the screenshot called `name` goes in SCREENSHOT_DIR, which exists once this returns. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

const README_SHOTS = fileURLToPath(new URL('../../../assets/screenshots/', import.meta.url));

/** With UPDATE_SCREENSHOTS=1, the screenshot at `path` also replaces the README's `assets/screenshots/<name>`. */
export async function keepForReadme(path: string, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(README_SHOTS, { recursive: true });
  await copyFile(path, join(README_SHOTS, name));
}
