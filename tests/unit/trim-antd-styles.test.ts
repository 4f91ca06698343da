import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { needsUnusedComponent, trimAntdStyles, UNUSED_ANTD_PREFIXES } from '../../renderer/build/trim-antd-styles';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ANTD_CSS = fs.readFileSync(path.join(ROOT, 'node_modules/antd/dist/antd.css'), 'utf8');

/** The class prefix each antd component puts in the page (the unused list is written in these). */
const COMPONENT_PREFIX: Record<string, string> = {
  Affix: 'affix',
  Anchor: 'anchor',
  Avatar: 'avatar',
  Badge: 'badge',
  Breadcrumb: 'breadcrumb',
  Calendar: 'picker-calendar',
  Carousel: 'carousel',
  Cascader: 'cascader',
  ColorPicker: 'color-picker',
  FloatButton: 'float-btn',
  Image: 'image',
  Layout: 'layout',
  Masonry: 'masonry',
  Mentions: 'mentions',
  Menu: 'menu',
  Progress: 'progress',
  QRCode: 'qrcode',
  Rate: 'rate',
  Slider: 'slider',
  Splitter: 'splitter',
  Steps: 'steps',
  Tour: 'tour',
  Transfer: 'transfer',
  Tree: 'tree',
  TreeSelect: 'tree-select',
  Upload: 'upload',
  Watermark: 'watermark',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every name the renderer imports from 'antd'. */
function importedAntdComponents(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'renderer/src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'antd'/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]!.trim();
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** Every selector of the stylesheet, in order. */
function selectorsOf(css: string): string[] {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    selectors.push(...rule.selectors);
  });
  return selectors;
}

/** How many selectors of the stylesheet mention `cls` (a whole class name). */
function selectorsWith(css: string, cls: string): number {
  return css.match(new RegExp(`\\.${cls}(?![a-z0-9-])`, 'g'))?.length ?? 0;
}

describe("antd's stylesheet trimmed to the components the app draws", () => {
  const trimmed = trimAntdStyles(ANTD_CSS);

  it('no component the renderer imports is on the unused list', () => {
    const imported = importedAntdComponents();
    // The import scan itself works: these are imported today.
    expect(imported).toContain('Button');
    expect(imported).toContain('Table');
    const wrongly = [...imported].filter((name) => {
      const prefix = COMPONENT_PREFIX[name];
      return prefix !== undefined && (UNUSED_ANTD_PREFIXES as readonly string[]).includes(prefix);
    });
    expect(wrongly).toEqual([]);
    // Sub-components that carry their own prefix are not used either.
    const sources = sourceFiles(path.join(ROOT, 'renderer/src')).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    expect(sources).not.toMatch(/Input\.OTP|Badge\.Ribbon/);
  });

  it('keeps every rule of the components in use, and the ones they draw inside them', () => {
    const before = selectorsOf(ANTD_CSS);
    const after = new Set(selectorsOf(trimmed));
    for (const cls of ['ant-btn', 'ant-table', 'ant-select-dropdown', 'ant-dropdown-menu-item', 'ant-picker-date-panel', 'ant-skeleton-avatar', 'ant-list-item-meta-avatar', 'ant-tabs-dropdown-menu', 'ant-modal', 'ant-notification-notice', 'ant-input-affix-wrapper']) {
      const own = before.filter((selector) => new RegExp(`\\.${cls}(?![a-z0-9-])`).test(selector));
      expect(own.length, cls).toBeGreaterThan(0);
      // Only a selector that also needs an unused component's element ('.ant-upload .ant-btn') goes.
      const lost = own.filter((selector) => !after.has(selector));
      expect(lost.every((selector) => needsUnusedComponent(selector)), `${cls}: ${lost.join(' | ')}`).toBe(true);
      expect(lost.length, cls).toBeLessThan(own.length);
    }
  });

  it('drops the rules of unused components and is much smaller', () => {
    for (const cls of ['ant-menu-item', 'ant-layout-sider', 'ant-upload', 'ant-select-tree', 'ant-picker-calendar', 'ant-color-picker']) {
      expect(selectorsWith(ANTD_CSS, cls), cls).toBeGreaterThan(0);
      expect(selectorsWith(trimmed, cls), cls).toBe(0);
    }
    expect(trimmed.length).toBeLessThan(ANTD_CSS.length * 0.75);
  });

  it('judges a selector by what must be present, not by what it excludes', () => {
    expect(needsUnusedComponent('.ant-menu-item-selected')).toBe(true);
    expect(needsUnusedComponent('.ant-btn .ant-badge-count')).toBe(true);
    expect(needsUnusedComponent('.ant-btn:not(.ant-menu)')).toBe(false);
    expect(needsUnusedComponent(':where(.ant-layout, .ant-btn)')).toBe(false);
    expect(needsUnusedComponent('.ant-dropdown-menu-item')).toBe(false);
    expect(needsUnusedComponent('.ant-input-number')).toBe(false);
    expect(needsUnusedComponent('.ant-treeish')).toBe(false);
  });

  it('the built window loads the trimmed stylesheet', () => {
    const assets = path.join(ROOT, 'out/renderer/assets');
    const css = fs.readdirSync(assets).filter((name) => /^index-.*\.css$/.test(name));
    expect(css).toHaveLength(1);
    const built = fs.readFileSync(path.join(assets, css[0]!), 'utf8');
    expect(selectorsWith(built, 'ant-btn')).toBeGreaterThan(0);
    expect(selectorsWith(built, 'ant-menu-item')).toBe(0);
  });
});
