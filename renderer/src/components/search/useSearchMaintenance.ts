import { App } from 'antd';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../api/query';

/** "Tệp → Lập lại chỉ mục tìm kiếm": the index made again from the records, and how it went. */
export function useSearchMaintenance(): void {
  const { message } = App.useApp();
  const rebuilding = useAction(() => call('search:rebuild', undefined));
  const { attempt, busy } = rebuilding;

  // The menu is the button: a command arrives from outside React, and starts the action.
  useEffect(() => {
    const off = window.appEvents?.onMenuCommand((command) => {
      // Chosen again while the index is being made: the message on screen already says so.
      if (command !== 'rebuild-search' || busy) return;
      void attempt().then((result) => {
        if (!result.ok) message.error(result.message);
        else if (result.value.inBackground)
          message.info('Đang lập lại chỉ mục tìm kiếm trong nền. Trong lúc đó vẫn tìm được phần đã lập xong; ô tìm kiếm cho biết đã lập được bao nhiêu phần trăm.');
        else message.success(`Đã lập lại chỉ mục tìm kiếm: ${result.value.entries.toLocaleString('vi-VN')} mục, trong ${(result.value.ms / 1000).toLocaleString('vi-VN')} giây.`);
      });
    });
    return () => off?.();
  }, [attempt, busy, message]);

  // The busy state is the action's: the message stays exactly while the index is being made.
  useEffect(() => {
    if (!busy) return;
    const hide = message.loading('Đang lập lại chỉ mục tìm kiếm…', 0);
    return () => hide();
  }, [busy, message]);
}
