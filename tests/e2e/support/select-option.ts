import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The dropdown antd opened last. Closed dropdowns stay in the page (hidden, or fading out),
 * so "the visible one" can be two for a moment; the newest is the one the user sees on top.
 */
export function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/** The whole antd Select around its search input (the element labelled for screen readers). */
function selectRoot(select: Locator): Locator {
  return select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
}

/**
 * Opens an antd Select and clicks one of its options by its text, until the Select shows it: on a
 * loaded machine a click can land while the dropdown is still opening and be lost, which left the
 * field empty and failed the test three steps later for another reason.
 */
/** What the Select shows as chosen (its placeholder left out). */
function shownValue(select: Locator): Promise<string> {
  return selectRoot(select).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.ant-select-placeholder, [class*="placeholder"]').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
}

export async function selectOption(page: Page, select: Locator, optionLabel: string): Promise<void> {
  await expect(async () => {
    // Checked before each click: a second click on a multiple Select would take the option off again.
    if ((await shownValue(select)).includes(optionLabel)) return;
    if (!(await openDropdown(page).isVisible())) await select.click();
    await openDropdown(page).getByTitle(optionLabel, { exact: true }).click({ timeout: 5_000 });
    expect(await shownValue(select)).toContain(optionLabel);
  }).toPass({ timeout: 20_000 });
  await select.page().keyboard.press('Escape').catch(() => undefined);
}
