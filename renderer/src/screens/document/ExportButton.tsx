import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useDocumentEditor } from '../../store/document-editor';

/** "Xuất Word": writes what is on screen first, asks where to save (the system dialog), then offers to open the folder. */
export function ExportButton({ documentId }: { documentId: number }) {
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();
  const exporting = useAction(async () => {
    await useDocumentEditor.getState().flush();
    return call('documents:exportDocx', { id: documentId });
  });

  const exportNow = async () => {
    const result = await exporting.attempt();
    if (!result.ok) {
      notification.error({ message: 'Chưa xuất được văn bản', description: result.message, duration: 0 });
      return;
    }
    if (result.value.saved && result.value.filePath) showExported('Đã xuất văn bản ra Word', result.value.filePath);
  };

  return (
    <Button type="primary" icon={<FileWordOutlined />} loading={exporting.busy} onClick={() => void exportNow()}>
      Xuất Word
    </Button>
  );
}
