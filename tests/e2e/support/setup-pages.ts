import { expect, type Page } from '@playwright/test';
import { selectOption } from './select-option';

export interface ProfileValues {
  committeeName: string;
  parentBody: string;
  placeName: string;
  levelLabel: string;
  abbreviation: string;
  chairName: string;
  chairTitle: string;
}

async function chooseOption(page: Page, label: string, option: string, scope = page.locator('body')): Promise<void> {
  await selectOption(page, scope.getByLabel(label, { exact: true }), option);
}

/** Page model of the first-run profile and the directory. */
export class SetupPages {
  constructor(private readonly page: Page) {}

  /**
   * Fills the first-run profile and starts. The chair typed is not in the (empty) directory, so the
   * app offers to add him: `leaders` says whether the "user" accepts or leaves it for later.
   */
  async completeFirstRun(values: ProfileValues, leaders: 'add' | 'later' = 'later'): Promise<void> {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ tay Mặt trận' })).toBeVisible();
    await page.getByLabel('Tên Ủy ban', { exact: true }).fill(values.committeeName);
    await page.getByLabel('Cơ quan cấp trên', { exact: true }).fill(values.parentBody);
    await page.getByLabel('Địa danh ghi ngày tháng', { exact: true }).fill(values.placeName);
    await chooseOption(page, 'Cấp Ủy ban', values.levelLabel);
    await page.getByLabel('Chữ viết tắt trong số, ký hiệu', { exact: true }).fill(values.abbreviation);
    await page.getByLabel('Họ tên Chủ tịch', { exact: true }).fill(values.chairName);
    await page.getByLabel('Chức danh Chủ tịch', { exact: true }).fill(values.chairTitle);
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
    const offer = page.getByRole('dialog', { name: 'Thêm lãnh đạo này vào danh bạ?' });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: leaders === 'add' ? 'Thêm vào danh bạ' : 'Để sau' }).click();
    await expect(offer).toBeHidden();
  }

  async openDirectory(tab: 'Người' | 'Cơ quan, tổ chức'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Danh bạ', { exact: true }).click();
    await this.page.getByRole('tab', { name: tab, exact: true }).click();
  }

  async addOrganisation(name: string, kindLabel: string, abbreviation: string): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Thêm cơ quan, tổ chức' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, tổ chức' });
    await dialog.getByLabel('Tên cơ quan, tổ chức', { exact: true }).fill(name);
    await chooseOption(page, 'Loại', kindLabel, dialog);
    await dialog.getByLabel('Tên viết tắt', { exact: true }).fill(abbreviation);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  async addPerson(fullName: string, title: string, organisation: string): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Thêm người' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên', { exact: true }).fill(fullName);
    await dialog.getByLabel('Chức danh hiện nay', { exact: true }).fill(title);
    await chooseOption(page, 'Cơ quan, tổ chức', organisation, dialog);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: fullName, exact: true })).toBeVisible();
  }
}
