import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Type for a room (issue 13): every font size comes from the tokens in base.css, and no token is
 * under 13 px at the default root size of 16 px, so no feature can slip small text back in.
 */
const RENDERER = fileURLToPath(new URL('../../../../renderer/', import.meta.url));
const THEME = join(RENDERER, 'styles', 'base.css');
const ROOT_PX = 16;
const MIN_PX = 13;

function filesUnder(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, endings);
    return endings.some((e) => entry.name.endsWith(e)) ? [path] : [];
  });
}

/** `font-size` declarations (not custom properties), as "file: value". */
function fontSizes(path: string): string[] {
  const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/(?<![-\w])font-size\s*:\s*([^;}]+)/g)].map((m) => `${relative(RENDERER, path)}: ${m[1]!.trim()}`);
}

describe('font sizes', () => {
  it('are tokens everywhere in the renderer’s CSS (or inherit), never literal sizes', () => {
    const declarations = filesUnder(RENDERER, ['.css']).flatMap(fontSizes);
    expect(declarations.length).toBeGreaterThan(50);
    // The theme's root size may scale the whole set (a room-size setting), as a share of the default.
    const rootScale = /^styles\/base\.css: calc\(100% \* var\(--[a-z-]+\)\)$/;
    expect(declarations.filter((d) => !/: (var\(--font-size(-[a-z]+)?\)|inherit)$/.test(d) && !rootScale.test(d))).toEqual([]);
  });

  it('are never set inline in components, nor through the font shorthand in CSS', () => {
    const inline = filesUnder(RENDERER, ['.tsx', '.ts']).filter((path) => /fontSize\s*:\s*['"`\d]/.test(readFileSync(path, 'utf8')));
    const shorthand = filesUnder(RENDERER, ['.css']).filter((path) => /(?<![-\w])font\s*:(?!\s*inherit)/.test(readFileSync(path, 'utf8')));
    expect([...inline, ...shorthand].map((path) => relative(RENDERER, path))).toEqual([]);
  });

  it('are defined once, in the theme, in rem, and none is under 13 px at the default root size', () => {
    const theme = readFileSync(THEME, 'utf8');
    const tokens = [...theme.matchAll(/(--font-size(?:-[a-z]+)?)\s*:\s*([^;]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
    expect(tokens.map((t) => t.name)).toEqual(expect.arrayContaining(['--font-size-min', '--font-size']));
    for (const { name, value } of tokens) {
      const rem = /^([\d.]+)rem$/.exec(value);
      expect(rem, `${name} is in rem`).not.toBeNull();
      expect(Number(rem![1]) * ROOT_PX, name).toBeGreaterThanOrEqual(MIN_PX);
    }
    const elsewhere = filesUnder(RENDERER, ['.css']).filter((path) => path !== THEME && /--font-size(-[a-z]+)?\s*:/.test(readFileSync(path, 'utf8')));
    expect(elsewhere.map((path) => relative(RENDERER, path))).toEqual([]);
  });
});
