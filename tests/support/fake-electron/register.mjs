// Loaded with `node --import` before the built main process: every `import … from 'electron'`
// resolves to the stand-in beside this file instead of the real Electron package.
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
