import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useDocumentEditor } from '../../store/document-editor';

/** "Xuất Word": asks where to save (the system dialog), then offers to open the folder. */
export function ExportButton({ documentId }: { documentId: number }) {
  const [busy, setBusy] = useState(false);
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();

  const exportNow = async () => {
    setBusy(true);
    try {
      await useDocumentEditor.getState().flush();
      const result = await call('documents:exportDocx', { id: documentId });
      if (!result.saved || !result.filePath) return;
      showExported('Đã xuất văn bản ra Word', result.filePath);
    } catch (error) {
      notification.error({ message: 'Chưa xuất được văn bản', description: errorMessage(error), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button type="primary" icon={<FileWordOutlined />} loading={busy} onClick={() => void exportNow()}>
      Xuất Word
    </Button>
  );
}
