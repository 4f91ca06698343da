import { expect, type Locator, type Page } from '@playwright/test';
import { openDropdown, selectOption } from './select-option';

/** Page model of the meetings list and the meeting page: the locators and actions the e2e tests share. */
export class MeetingPages {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Hội nghị', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  }

  async createMeeting(title: string, kindLabel: string, startAt: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Hội nghị mới' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Hội nghị mới' });
    await dialog.getByLabel('Tên hội nghị', { exact: true }).fill(title);
    await selectOption(this.page, dialog.getByLabel('Loại hội nghị', { exact: true }), kindLabel);
    const start = dialog.getByLabel('Thời gian bắt đầu', { exact: true });
    await start.fill(startAt);
    await start.press('Enter');
    await dialog.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async chooseOption(select: Locator, optionLabel: string): Promise<void> {
    await selectOption(this.page, select, optionLabel);
  }

  async addAttendeeFromDirectory(search: string, optionText: RegExp): Promise<void> {
    const picker = this.page.getByLabel('Thêm từ danh bạ', { exact: true });
    await picker.click();
    await picker.fill(search);
    await openDropdown(this.page).getByText(optionText).click();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();
  }
}
