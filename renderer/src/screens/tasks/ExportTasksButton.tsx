import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { TaskFilterInput } from '../../../../shared/schemas/task';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';

/** "Xuất Excel": the view as it is filtered now (every row, not only this page), then "Mở thư mục". */
export function ExportTasksButton({ filter }: { filter: TaskFilterInput }) {
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();
  const exporting = useAction(() => call('tasks:exportXlsx', filter));

  const exportNow = async () => {
    const result = await exporting.attempt();
    if (!result.ok) {
      notification.error({ message: 'Chưa xuất được danh sách nhiệm vụ', description: result.message, duration: 0 });
      return;
    }
    if (result.value.saved && result.value.filePath) showExported('Đã xuất danh sách nhiệm vụ ra Excel', result.value.filePath);
  };

  return (
    <Button icon={<FileExcelOutlined />} loading={exporting.busy} onClick={() => void exportNow()}>
      Xuất Excel
    </Button>
  );
}
