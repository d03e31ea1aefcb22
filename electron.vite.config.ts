import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's dev server injects an inline React-refresh script and talks to the page
 * over a websocket, which the production policy forbids. Built files keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

// electron-vite builds all three targets without the Electron binary (about a second here).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          aiplan: resolve(__dirname, 'electron/cli/aiplan.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
        // Nor can it require packages. It reads only the ids of the menu commands from the command
        // catalogue, never a label: the message catalogues and intl-messageformat, which the
        // catalogue imports for its labels, are left out rather than required for nothing.
        treeshake: { moduleSideEffects: (id, external) => !external && !/[\\/]shared[\\/]i18n[\\/]/.test(id) },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
