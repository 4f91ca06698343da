// Module resolution hook: 'electron' is the recording stand-in.
const FAKE = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true, format: 'module' };
  return nextResolve(specifier, context);
}
