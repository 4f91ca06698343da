import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { call } from '../api/client';

/**
 * After an export (Word or Excel): say where the file went, with "Mở thư mục" to show it in the
 * file manager. The main process only reveals files exported in this session.
 */
export function useExportedFileNotice() {
  const { notification } = App.useApp();
  return (message: string, filePath: string) => {
    const key = `exported-${filePath}`;
    notification.success({
      key,
      message,
      description: filePath,
      duration: 8,
      btn: (
        <Button
          size="small"
          icon={<FolderOpenOutlined />}
          onClick={() => {
            notification.destroy(key);
            void call('files:showInFolder', { filePath }).catch(() => undefined);
          }}
        >
          Mở thư mục
        </Button>
      ),
    });
  };
}
