import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { TaskFilterInput } from '../../../../shared/schemas/task';
import { call, errorMessage } from '../../api/client';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';

/** "Xuất Excel": the view as it is filtered now (every row, not only this page), then "Mở thư mục". */
export function ExportTasksButton({ filter }: { filter: TaskFilterInput }) {
  const [busy, setBusy] = useState(false);
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();

  const exportNow = async () => {
    setBusy(true);
    try {
      const result = await call('tasks:exportXlsx', filter);
      if (!result.saved || !result.filePath) return;
      showExported('Đã xuất danh sách nhiệm vụ ra Excel', result.filePath);
    } catch (error) {
      notification.error({ message: 'Chưa xuất được danh sách nhiệm vụ', description: errorMessage(error), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void exportNow()}>
      Xuất Excel
    </Button>
  );
}
