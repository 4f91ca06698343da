import type { Page } from '@playwright/test';

/*
 * The two ways Vietnamese input methods send text, for tests of the editor: keys with Backspace
 * (Unikey, EVKey) and a composition (Windows IMEs, macOS).
 */

/** Types as Unikey/EVKey do in their default mode: the plain letter, then Backspace and the accented one. */
export async function typeLikeUnikey(page: Page, steps: Array<string | { replace: number; with: string }>): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') await page.keyboard.type(step, { delay: 15 });
    else {
      for (let i = 0; i < step.replace; i += 1) await page.keyboard.press('Backspace');
      await page.keyboard.insertText(step.with);
    }
  }
}

/** Types through an input-method composition (as Windows IMEs and macOS do), via Chromium's own IME events. */
export async function typeWithComposition(page: Page, stages: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const stage of stages) {
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: stages[stages.length - 1]! });
  await cdp.detach();
}
