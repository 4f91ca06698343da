/**
 * The styles of the antd components the first screen does not draw (renderer/build/trim-antd-styles.ts):
 * asked for once, right after the first screen, and awaited by every screen loaded later, so that
 * none is ever drawn before its styles. In the build this is a stylesheet of its own that Vite links
 * when the import is made and waits for; in `npm run dev` a style element.
 *
 * Where it goes matters: the app's own rules (styles.css) come after antd's and win over them at
 * equal specificity (`.list-toolbar` over `.ant-flex`), so the later styles are put before the
 * page's first stylesheet, where antd's rules were when the stylesheet was one file.
 */
let loading: Promise<void> | null = null;

const stylesheets = () => [...document.head.querySelectorAll('link[rel="stylesheet"], style')];

async function load(): Promise<void> {
  const before = new Set(stylesheets());
  await import('antd/dist/antd.css?rest');
  const first = stylesheets().find((sheet) => before.has(sheet));
  if (!first) return;
  for (const sheet of stylesheets()) if (!before.has(sheet)) first.before(sheet);
}

export function loadLaterStyles(): Promise<void> {
  loading ??= load().catch((error: unknown) => {
    // A stylesheet that could not be read is asked for again next time, not remembered as failed.
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * A screen's code and the later styles, for React.lazy: the screen is drawn once both are in. Should
 * the stylesheet not be readable, the screen is still drawn (plainer) rather than not at all.
 */
export function withLaterStyles<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([loadLaterStyles().catch(() => undefined), load()]).then(([, loaded]) => loaded);
}
