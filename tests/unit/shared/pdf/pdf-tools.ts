import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fonts the app ships, as the renderer receives them. */
export function shippedFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = fileURLToPath(new URL('../../../../assets/fonts', import.meta.url));
  return { regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))), bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))) };
}

/** A temp folder for exported PDFs, removed by `cleanup`. */
export function pdfWorkspace(): { write(name: string, bytes: Uint8Array): string; cleanup(): void; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aiplan-pdf-test-'));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export function pdfText(path: string, options: { first?: number; last?: number } = {}): string {
  const range = [...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : [])];
  return run('pdftotext', [...range, '-enc', 'UTF-8', path, '-']);
}

/** Extracted text with line breaks and runs of spaces folded into single spaces, for phrase search. */
export function flatText(path: string): string {
  return pdfText(path).replace(/\s+/g, ' ');
}

export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface BboxPage {
  width: number;
  height: number;
  words: Word[];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every word of every page with its box, from `pdftotext -bbox` (points, origin top-left). */
export function pdfWords(path: string): BboxPage[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']);
  const pages: BboxPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g;
  for (const p of html.matchAll(pageRe)) {
    const words: Word[] = [];
    for (const w of p[3]!.matchAll(wordRe))
      words.push({ page: pages.length + 1, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) });
    pages.push({ width: Number(p[1]), height: Number(p[2]), words });
  }
  return pages;
}

/**
 * Every dictionary key and name in every object of the PDF, from `qpdf --json` (which also reads
 * object streams): the structural view, not a byte search that compressed streams could hide.
 */
export function pdfNames(path: string): Set<string> {
  // qpdf copies reals as the PDF writes them, and "792." is not JSON: give such numbers a digit.
  const text = run('qpdf', ['--json=2', '--json-key=qpdf', path]).replace(/(\d)\.(?=\s*[,\]}])/g, '$1.0').replace(/([\s[,:-])\.(\d)/g, '$10.$2');
  const json = JSON.parse(text) as { qpdf: [unknown, Record<string, unknown>] };
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('/')) names.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key.startsWith('/')) names.add(key);
        walk(child);
      }
    }
  };
  walk(json.qpdf[1]);
  return names;
}

export function qpdfCheck(path: string): string {
  return run('qpdf', ['--check', path]);
}
