import { App } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';

/** "Tệp → Lập lại chỉ mục tìm kiếm": the index made again from the records, and how it went. */
export function useSearchMaintenance(): void {
  const { message } = App.useApp();
  useEffect(() => {
    const off = window.appEvents?.onMenuCommand((command) => {
      if (command !== 'rebuild-search') return;
      const done = message.loading('Đang lập lại chỉ mục tìm kiếm…', 0);
      call('search:rebuild', undefined)
        .then((result) =>
          result.inBackground
            ? message.info('Đang lập lại chỉ mục tìm kiếm trong nền. Trong lúc đó vẫn tìm được phần đã lập xong; ô tìm kiếm cho biết đã lập được bao nhiêu phần trăm.')
            : message.success(`Đã lập lại chỉ mục tìm kiếm: ${result.entries.toLocaleString('vi-VN')} mục, trong ${(result.ms / 1000).toLocaleString('vi-VN')} giây.`),
        )
        .catch((error: unknown) => message.error(errorMessage(error)))
        .finally(done);
    });
    return () => off?.();
  }, [message]);
}
