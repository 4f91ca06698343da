import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * antd components this app never draws, neither itself nor inside a component it uses (checked
 * against every `from 'antd'` import of renderer/src and what those components render: the
 * Dropdown's menu is `ant-dropdown-menu`, a skeleton's avatar `ant-skeleton-avatar`, a date
 * picker's panels `ant-picker-*-panel`). Each is a class prefix of antd's stylesheet: `ant-menu`
 * covers `ant-menu-item` and so on. A component added to the app must be taken off this list;
 * tests/unit/trim-antd-styles.test.ts checks the list against the renderer's imports.
 */
export const UNUSED_ANTD_PREFIXES = [
  'affix',
  'anchor',
  'avatar',
  'badge',
  'ribbon',
  'border-beam',
  'breadcrumb',
  'picker-calendar',
  'carousel',
  'cascader',
  'color-picker',
  'float-btn',
  'image',
  'otp',
  'layout',
  'listy',
  'masonry',
  'mentions',
  'menu',
  'progress',
  'qrcode',
  'rate',
  'slider',
  'splitter',
  'steps',
  'tour',
  'transfer',
  'tree',
  'tree-select',
  'select-tree',
  'upload',
  'watermark',
] as const;

/** The selector with everything inside parentheses removed: `:not(.ant-menu)` says nothing about what must be present. */
function outsideParentheses(selector: string): string {
  let depth = 0;
  let kept = '';
  for (const ch of selector) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) kept += ch;
  }
  return kept;
}

/**
 * True when the selector needs an element of an unused component: a class such a component alone
 * puts in the page, outside any `:not()`, `:is()` or `:where()`. Such a selector can never match.
 */
export function needsUnusedComponent(selector: string, prefixes: readonly string[] = UNUSED_ANTD_PREFIXES): boolean {
  const classes = outsideParentheses(selector).match(/\.ant-[a-z0-9-]+/g) ?? [];
  return classes.some((cls) => prefixes.some((prefix) => cls === `.ant-${prefix}` || cls.startsWith(`.ant-${prefix}-`)));
}

/**
 * The antd components the first screen draws (the home screen, its sidebar and search box, the
 * App wrapper; `wave` is a button's click effect), by the first part of their class names: every
 * `ant-…` class of the home screen's page at start-up begins with one of these
 * (tests/e2e/first-screen-styles.spec.ts checks it). Their rules are read before the first
 * screen; the other components' after it (see `part` below).
 */
export const FIRST_SCREEN_COMPONENTS = ['alert', 'app', 'btn', 'input', 'space', 'tag', 'wave'] as const;

/** True when the selector needs a class of a component the first screen does not draw. */
export function needsLaterComponent(selector: string, first: readonly string[] = FIRST_SCREEN_COMPONENTS): boolean {
  const classes = outsideParentheses(selector).match(/\.ant-[a-z0-9-]+/g) ?? [];
  return classes.some((cls) => !first.includes(cls.slice('.ant-'.length).split('-')[0]!));
}

/**
 * Which part of the stylesheet: all of it; the rules the first screen can use (antd's base rules
 * and its few components); or the rest, every rule that needs another component.
 */
export type StylesPart = 'all' | 'first' | 'rest';

/** antd's stylesheet without the rules that can never match in this app; everything else in its order. */
export function trimAntdStyles(css: string, prefixes: readonly string[] = UNUSED_ANTD_PREFIXES, part: StylesPart = 'all'): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("0%", "to") are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter(
      (selector) =>
        !needsUnusedComponent(selector, prefixes) &&
        (part === 'all' || (part === 'rest') === needsLaterComponent(selector)),
    );
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // Keyframes go with the first part only (the rest's animations find them there).
  if (part === 'rest') {
    root.walkAtRules((atRule) => {
      if (/keyframes$/i.test(atRule.name)) atRule.remove();
    });
  }
  // @media and @supports blocks left empty.
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}

/**
 * The first screen cannot run its scripts before the stylesheet is in, so antd's 978 KB static
 * stylesheet (zeroRuntime) would be read and parsed on every start. It is trimmed to the
 * components the app uses, and split: `antd/dist/antd.css?first` (main.tsx, before the first
 * screen) holds antd's base rules and the first screen's components; `antd/dist/antd.css?rest`
 * (loaded right after the first screen is drawn, and awaited by every other screen: App.tsx)
 * the others. Dev and build alike.
 */
export function trimAntdStylesPlugin(): Plugin {
  return {
    name: 'trim-antd-styles',
    enforce: 'pre',
    transform(code, id) {
      const match = /[\\/]antd[\\/]dist[\\/]antd\.css(?:\?(.*))?$/.exec(id);
      if (!match) return null;
      const query = new URLSearchParams(match[1] ?? '');
      const part: StylesPart = query.has('first') ? 'first' : query.has('rest') ? 'rest' : 'all';
      return { code: trimAntdStyles(code, UNUSED_ANTD_PREFIXES, part), map: null };
    },
  };
}
