import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Spin } from 'antd';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useDocumentEditor } from '../../store/document-editor';

/**
 * Shows the page exactly as it will be exported: the main process builds the very .docx that
 * "Xuất Word" would save, and docx-preview draws that file — not a second rendering of the editor.
 */
export function PreviewDrawer({ documentId }: { documentId: number }) {
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setLoading(true);
    setError(null);
    (async () => {
      await useDocumentEditor.getState().flush();
      const bytes = await call('documents:renderDocx', { id: documentId });
      if (!current || !container.current) return;
      container.current.innerHTML = '';
      await renderAsync(new Blob([new Uint8Array(bytes)]), container.current, undefined, {
        className: 'docx-preview',
        inWrapper: true,
        breakPages: true,
        ignoreLastRenderedPageBreak: true,
        renderHeaders: true,
        renderFooters: true,
        experimental: true,
      });
    })()
      .catch((e: unknown) => current && setError(errorMessage(e)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [open, documentId]);

  return (
    <>
      <Button icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        Xem trước
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title="Xem trước bản Word" size={900} styles={{ body: { background: '#e8e8e8', padding: 0 } }}>
        {error && <Alert type="error" showIcon message={error} style={{ margin: 16 }} />}
        {loading && (
          <div style={{ display: 'grid', placeItems: 'center', padding: 48 }}>
            <Spin size="large" />
          </div>
        )}
        <div ref={container} aria-label="Trang xem trước" />
      </Drawer>
    </>
  );
}
