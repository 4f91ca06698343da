import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { trimAntdStylesPlugin } from './renderer/build/trim-antd-styles';

/**
 * The renderer's start-up reads (renderer/src/startup-reads.ts) as an entry of their own, loaded
 * by a script tag before the app's: a module script runs once its own imports are loaded, so the
 * first screen's data is asked for while the ~1 MB of the app is still loading and parsing,
 * instead of after.
 */
function startupReadsFirst(): Plugin {
  return {
    name: 'startup-reads-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = Object.values(ctx.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'startup');
        if (!entry) throw new Error('startup-reads-first: the startup entry is missing from the bundle');
        const tag = `<script type="module" crossorigin src="./${entry.fileName}"></script>\n    `;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error("startup-reads-first: the app's script tag is missing from index.html");
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load other files: everything (zod included) goes into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), startupReadsFirst(), trimAntdStylesPlugin()],
    build: {
      outDir: resolve('out/renderer'),
      // The page loads from disk, but parsing ~3 MB of unminified JavaScript still costs the first paint.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html'), startup: resolve('renderer/src/startup-reads.ts') } },
    },
  },
});
