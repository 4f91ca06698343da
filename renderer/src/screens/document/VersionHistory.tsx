import { HistoryOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, List, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentRecord, DocumentVersion, DocumentVersionSummary, VersionReason } from '../../../../shared/schemas/document';
import { plainText } from '../../../../shared/rich-text';
import { call, errorMessage } from '../../api/client';
import { restoreDocumentVersion, useDocumentEditor } from '../../store/document-editor';

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
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<DocumentVersionSummary[] | null>(null);
  const [viewing, setViewing] = useState<DocumentVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const locked = doc.status !== 'ban_nhap';

  useEffect(() => {
    if (!open) return;
    setViewing(null);
    useDocumentEditor
      .getState()
      .flush()
      .then(() => call('documents:versions', { id: doc.id }))
      .then(setVersions, (e: unknown) => setError(errorMessage(e)));
  }, [open, doc.id]);

  const view = async (versionId: number) => {
    try {
      setViewing(await call('documents:version', { versionId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const restore = async (versionId: number) => {
    try {
      await restoreDocumentVersion(doc.id, versionId);
      message.success('Đã khôi phục phiên bản. Nội dung trước đó vẫn được giữ trong lịch sử.');
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => setOpen(true)}>
        Lịch sử phiên bản
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title="Lịch sử phiên bản" size="large">
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        {viewing ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button onClick={() => setViewing(null)}>← Danh sách phiên bản</Button>
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
            loading={versions === null && !error}
            dataSource={versions ?? []}
            locale={{ emptyText: 'Chưa có phiên bản nào được lưu. Phiên bản được ghi tự động trong khi soạn (cách nhau 5 phút), khi hoàn thiện và trước khi khôi phục.' }}
            renderItem={(version) => (
              <List.Item
                actions={[
                  <Button key="view" size="small" onClick={() => void view(version.id)}>
                    Xem
                  </Button>,
                  <Popconfirm
                    key="restore"
                    title="Khôi phục phiên bản này?"
                    description="Nội dung hiện tại được lưu thành một phiên bản trước khi khôi phục."
                    okText="Khôi phục"
                    cancelText="Hủy"
                    disabled={locked}
                    onConfirm={() => void restore(version.id)}
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
