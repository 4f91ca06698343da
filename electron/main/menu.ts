import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNELS, type MenuCommand } from '../../shared/ipc/events';

export interface MenuActions {
  showAbout(): void;
  openDataFolder(): void;
  isDev: boolean;
}

/** The text of "Giới thiệu": what a support call asks first — which version, which database. */
export function aboutDetail(info: { schemaVersion: number; databaseFile: string }): string {
  return [
    'Ứng dụng văn phòng cho Ban Thường trực Ủy ban MTTQ Việt Nam.',
    `Phiên bản cấu trúc dữ liệu: ${info.schemaVersion}`,
    `Tệp dữ liệu: ${info.databaseFile}`,
  ].join('\n');
}

/** The application menu, in Vietnamese. Navigation items are forwarded to the renderer. */
export function buildMenu(window: BrowserWindow, actions: MenuActions): Menu {
  const send = (command: MenuCommand) => () => window.webContents.send(EVENT_CHANNELS.menuCommand, command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Hội nghị mới…', accelerator: 'CmdOrCtrl+N', click: send('new-meeting') },
        { type: 'separator' },
        { label: 'Sao lưu và khôi phục…', click: send('open-backups') },
        { label: 'Thùng rác', click: send('open-bin') },
        { label: 'Lập lại chỉ mục tìm kiếm', click: send('rebuild-search') },
        { type: 'separator' },
        { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
        { type: 'separator' },
        { label: 'Tìm kiếm…', accelerator: 'CmdOrCtrl+K', click: send('focus-search') },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Trang chủ', accelerator: 'CmdOrCtrl+1', click: send('go-home') },
        { label: 'Hội nghị', accelerator: 'CmdOrCtrl+2', click: send('go-meetings') },
        { label: 'Danh bạ', accelerator: 'CmdOrCtrl+3', click: send('go-directory') },
        { label: 'Hồ sơ Ủy ban', accelerator: 'CmdOrCtrl+4', click: send('go-profile') },
        { type: 'separator' },
        { label: 'Phóng to chữ', role: 'zoomIn' },
        { label: 'Thu nhỏ chữ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...(actions.isDev ? [{ type: 'separator' as const }, { label: 'Công cụ phát triển', role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu', click: () => actions.showAbout() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
