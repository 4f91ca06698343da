import type { Locator, Page } from '@playwright/test';

/**
 * The dropdown antd opened last. Closed dropdowns stay in the page (hidden, or fading out),
 * so "the visible one" can be two for a moment; the newest is the one the user sees on top.
 */
export function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/** Opens an antd Select and clicks one of its options by its text. */
export async function selectOption(page: Page, select: Locator, optionLabel: string): Promise<void> {
  await select.click();
  await openDropdown(page).getByTitle(optionLabel, { exact: true }).click();
  await select.page().keyboard.press('Escape').catch(() => undefined);
}
