import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * `npm run package` cannot run here (electron-builder downloads Electron's own zip from GitHub), so
 * what it would check is checked here: electron-builder's schema, the deb target's metadata, the
 * icon set, and a `files` list that ships what the app loads and nothing else.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

interface BuilderConfig {
  directories: { buildResources: string };
  linux: { icon: string; executableName: string };
  deb: { maintainer: string };
  mac: { icon: string };
  win: { icon: string };
}

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  };
  return getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
}

/** The `files` list as written in electron-builder.yml (a plain list of strings, one per line). */
async function filePatterns(): Promise<string[]> {
  const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
  const block = /^files:\n((?: {2}- .*\n)+)/m.exec(text);
  if (!block) throw new Error('electron-builder.yml has no files list');
  return block[1]!.trimEnd().split('\n').map((line) => line.replace(/^ {2}- /, '').replace(/^"(.*)"$/, '$1'));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Which project files electron-builder's `files` patterns keep (last matching pattern wins). */
function shipped(patterns: string[], file: string): boolean {
  let kept = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(file, pattern.slice(1))) kept = false;
    } else if (matchesGlob(file, pattern)) kept = true;
  }
  return kept;
}

/** A package and everything it depends on, from package-lock.json. */
function closure(names: string[]): Set<string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dependencies?: object; optionalDependencies?: object; peerDependencies?: object }> };
  const seen = new Set<string>();
  const visit = (name: string) => {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry || seen.has(name)) return;
    seen.add(name);
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) visit(dep);
  };
  names.forEach(visit);
  return seen;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      validateConfiguration(config: object, logger: object): Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as unknown as { DebugLogger: new (enabled: boolean) => object };
    await expect(validateConfiguration(await builderConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('gives the deb target the homepage and maintainer e-mail it refuses to build without', async () => {
    // app-builder-lib's FpmTarget: a project URL (homepage), and deb.maintainer or author.email.
    expect(pkg.homepage).toMatch(/^https:\/\/[\w.-]+/);
    expect((pkg.author as { email?: string }).email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    const config = await builderConfig();
    expect(config.deb.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(config.linux.executableName).toBe('ai-alignment-planner');
  });

  it('points every target at an icon set in build/: PNGs 16 to 512 px for Linux, 512 px for macOS and Windows', async () => {
    const config = await builderConfig();
    expect(config.directories.buildResources).toBe('build');
    expect(config.linux.icon).toBe('build/icons');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = join(ROOT, 'build', 'icons', `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const target of [config.mac, config.win]) {
      expect(target.icon).toBe('build/icon.png');
      expect(pngSize(join(ROOT, target.icon))).toEqual({ width: 512, height: 512 });
    }
  });

  it('ships the built app and its manifest, not the command line, source maps or README screenshots', async () => {
    const files = await filePatterns();
    const built = (await readdir(join(ROOT, 'out'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
    expect(built).toContain('out/main/index.js');
    expect(shipped(files, 'package.json')).toBe(true);
    for (const file of built) {
      const loadedByApp = !file.endsWith('.map') && file !== 'out/main/aiplan.js';
      expect(shipped(files, file), file).toBe(loadedByApp);
    }
    // Every module the built main imports by a relative path is shipped with it.
    const main = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
    for (const [, target] of main.matchAll(/from "\.\/([^"]+)"/g)) expect(shipped(files, `out/main/${target}`), target).toBe(true);
    for (const file of ['assets/screenshots/board.png', 'assets/fonts/DejaVuSans.ttf', 'README.md', 'bin/aiplan.js', 'electron/main.ts', 'tests/fixtures/example.aiplan'])
      expect(shipped(files, file), file).toBe(false);
  });

  it('leaves out jsPDF and everything only it needs, and keeps everything the main process imports', async () => {
    const files = await filePatterns();
    const main = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
    const imported = [...main.matchAll(/from "([^".][^"]*)"/g)].map(([, name]) => name!).filter((name) => !name.startsWith('node:') && name !== 'electron');
    expect(imported.sort()).toEqual(['electron-store', 'zod']);
    const needed = closure(imported);
    const onlyPdf = [...closure(['jspdf', 'jspdf-autotable'])].filter((name) => !needed.has(name));
    expect(onlyPdf).toContain('jspdf');
    for (const name of onlyPdf) expect(shipped(files, `node_modules/${name}/package.json`), name).toBe(false);
    for (const name of needed) expect(shipped(files, `node_modules/${name}/package.json`) || !files.some((p) => p.includes(name)), name).toBe(true);
    // Nothing the app needs is named in an exclusion.
    const excluded = files.filter((p) => p.startsWith('!node_modules/')).join(' ');
    for (const name of needed) expect(excluded.includes(`,${name},`) || excluded.includes(`{${name},`) || excluded.includes(`,${name}}`), name).toBe(false);
  });
});
