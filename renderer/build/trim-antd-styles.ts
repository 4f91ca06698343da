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

/** antd's stylesheet without the rules that can never match in this app; everything else in its order. */
export function trimAntdStyles(css: string, prefixes: readonly string[] = UNUSED_ANTD_PREFIXES): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("0%", "to") are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => !needsUnusedComponent(selector, prefixes));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // @media and @supports blocks left empty.
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}

/**
 * The first screen cannot run its scripts before the stylesheet is in, so antd's 978 KB static
 * stylesheet (main.tsx, zeroRuntime) is read and parsed on every start: trimmed to the
 * components the app uses when it is imported (dev and build alike).
 */
export function trimAntdStylesPlugin(): Plugin {
  return {
    name: 'trim-antd-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]antd[\\/]dist[\\/]antd\.css(\?|$)/.test(id)) return null;
      return { code: trimAntdStyles(code), map: null };
    },
  };
}
