import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Spin } from 'antd';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, useState } from 'react';
import { useAction, useApiQuery } from '../../api/query';
import { useStoredDocumentDrawer } from './useStoredDocumentDrawer';

/** Draws a .docx into an element, as docx-preview lays out Word's pages. */
async function drawDocx(bytes: Uint8Array, into: HTMLElement): Promise<void> {
  into.innerHTML = '';
  await renderAsync(new Blob([new Uint8Array(bytes)]), into, undefined, {
    className: 'docx-preview',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
    experimental: true,
  });
}

/**
 * Shows the page exactly as it will be exported: the main process builds the very .docx that
 * "Xuất Word" would save, and docx-preview draws that file — not a second rendering of the editor.
 */
export function PreviewDrawer({ documentId }: { documentId: number }) {
  // Opens once the edits on screen are stored: the file is built from what is stored.
  const drawer = useStoredDocumentDrawer();
  const file = useApiQuery('documents:renderDocx', { id: documentId }, { enabled: drawer.open });
  const container = useRef<HTMLDivElement>(null);
  /** The file the page shows now: until the one just read is drawn, the spinner stays. */
  const [drawnFile, setDrawnFile] = useState<Uint8Array | null>(null);
  // Drawing into the page is no read: an action of its own, for its error in Vietnamese.
  const drawing = useAction(async (bytes: Uint8Array, into: HTMLElement) => {
    await drawDocx(bytes, into);
    setDrawnFile(bytes);
  });
  const { run: draw, reset: forgetDrawing } = drawing;
  // Only the file just read is drawn: on opening again, the answer kept from last time (perhaps
  // older than the text) is not drawn first while the new one is being read.
  const fresh = drawer.open && !file.refreshing ? file.data : undefined;
  useEffect(() => {
    if (fresh && container.current) void draw(fresh, container.current);
  }, [fresh, draw]);

  const show = () => {
    forgetDrawing();
    void drawer.show();
  };

  const error = drawer.error ?? file.error ?? drawing.error;
  const loading = !error && (file.loading || file.refreshing || (fresh !== undefined && fresh !== drawnFile));
  return (
    <>
      <Button icon={<EyeOutlined />} loading={drawer.storing} onClick={show}>
        Xem trước
      </Button>
      <Drawer open={drawer.open} onClose={drawer.close} title="Xem trước bản Word" size={900} styles={{ body: { background: '#e8e8e8', padding: 0 } }}>
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
