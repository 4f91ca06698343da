import { HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentRecord, VersionReason } from '../../../../shared/schemas/document';
import { plainText } from '../../../../shared/rich-text';
import { useAction, useApiQuery } from '../../api/query';
import { restoreDocumentVersion } from '../../store/document-editor';
import { useStoredDocumentDrawer } from './useStoredDocumentDrawer';

const REASONS: Record<VersionReason, string> = {
  tu_dong: 'Lưu tự động',
  hoan_thien: 'Khi hoàn thiện',
  truoc_khoi_phuc: 'Trước khi khôi phục',
  truoc_lam_moi: 'Trước khi làm mới từ hội nghị',
  mo_khoa: 'Khi mở khóa',
};

function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}, ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Every version with its time; one can be read in full and brought back. */
export function VersionHistory({ doc }: { doc: DocumentRecord }) {
  const drawer = useStoredDocumentDrawer();
  const [viewingId, setViewingId] = useState<number | null>(null);
  const versions = useApiQuery('documents:versions', { id: doc.id }, { enabled: drawer.open });
  const viewed = useApiQuery('documents:version', { versionId: viewingId ?? 0 }, { enabled: drawer.open && viewingId !== null });
  const viewing = viewingId !== null ? (viewed.data ?? null) : null;
  // Brings the version back into the editor (what is on screen is kept as a version first).
  const restoring = useAction((versionId: number) => restoreDocumentVersion(doc.id, versionId));
  const { message } = App.useApp();
  const locked = doc.status !== 'ban_nhap';
  const error = drawer.error ?? versions.error ?? (viewingId !== null ? viewed.error : null) ?? restoring.error;

  const open = () => {
    setViewingId(null);
    restoring.reset();
    void drawer.show();
  };

  const restore = async (versionId: number) => {
    if (await restoring.run(versionId)) {
      message.success('Đã khôi phục phiên bản. Nội dung trước đó vẫn được giữ trong lịch sử.');
      drawer.close();
    }
  };

  return (
    <>
      <Button icon={<HistoryOutlined />} loading={drawer.storing} onClick={open}>
        Lịch sử phiên bản
      </Button>
      <Drawer open={drawer.open} onClose={drawer.close} title="Lịch sử phiên bản" size="large">
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        {viewing ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button onClick={() => setViewingId(null)}>← Danh sách phiên bản</Button>
            <Typography.Title level={5}>
              {REASONS[viewing.reason]} — {when(viewing.createdAt)}
            </Typography.Title>
            <Typography.Paragraph strong>{viewing.summary}</Typography.Paragraph>
            <div aria-label="Nội dung phiên bản" style={{ whiteSpace: 'pre-wrap', background: '#fff', padding: 16, border: '1px solid #eee' }}>
              {plainText(viewing.body)}
            </div>
          </Space>
        ) : (
          <List
            loading={versions.loading}
            dataSource={versions.data ?? []}
            locale={{ emptyText: 'Chưa có phiên bản nào được lưu. Phiên bản được ghi tự động trong khi soạn (cách nhau 5 phút), khi hoàn thiện và trước khi khôi phục.' }}
            renderItem={(version) => (
              <List.Item
                actions={[
                  <Button key="view" size="small" loading={viewingId === version.id && viewed.loading} onClick={() => setViewingId(version.id)}>
                    Xem
                  </Button>,
                  <Popconfirm
                    key="restore"
                    title="Khôi phục phiên bản này?"
                    description="Nội dung hiện tại được lưu thành một phiên bản trước khi khôi phục."
                    okText="Khôi phục"
                    cancelText="Hủy"
                    disabled={locked}
                    // A promise: the dialog's button turns busy until the version is back.
                    onConfirm={() => restore(version.id)}
                  >
                    <Button size="small" disabled={locked}>
                      Khôi phục
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta title={`${when(version.createdAt)} · ${REASONS[version.reason]}`} description={version.excerpt} />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
