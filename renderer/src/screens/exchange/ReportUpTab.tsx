import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { DOCUMENT_KIND } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useNavigation } from '../../store/navigation';

/**
 * "Báo cáo lên cấp trên": one package with the progress and results of every task received from
 * the committee above (the whole of it each time: the newer package replaces the older one up
 * there), and the issued reports chosen here, as Word files.
 */
export function ReportUpTab() {
  const navigate = useNavigation((s) => s.navigate);
  const showExported = useExportedFileNotice();
  const query = useApiQuery('exchange:reportCandidates', undefined);
  const candidates = query.data ?? null;
  const [chosen, setChosen] = useState<number[]>([]);
  const sending = useAction(() => call('exchange:reportUp', { documentIds: chosen }));
  const [done, setDone] = useState<string | null>(null);

  const send = async () => {
    setDone(null);
    const written = await sending.run();
    if (!written?.saved || !written.filePath) return;
    setDone(`Đã ghi gói báo cáo: tiến độ ${written.reports} nhiệm vụ${written.documents > 0 ? `, ${written.documents} văn bản` : ''}. Hãy gửi tệp này cho cấp trên (USB hoặc thư điện tử).`);
    showExported('Đã ghi gói báo cáo lên cấp trên', written.filePath);
  };

  if (!candidates) return query.error ? <Alert type="error" showIcon role="alert" message={query.error} /> : null;
  if (!candidates.above) {
    return (
      <Empty description="Chưa có Ủy ban cấp trên trong danh sách. Gói giao nhiệm vụ đầu tiên của cấp trên sẽ tự thêm, hoặc thêm ở thẻ “Đơn vị cấp trên, cấp dưới”.">
        <Button onClick={() => void navigate({ name: 'exchange', tab: 'don_vi' })}>Thêm Ủy ban cấp trên</Button>
      </Empty>
    );
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 900 }}>
      <Card size="small" title={`Gửi ${candidates.above.name} (mã ${candidates.above.code})`}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            Gói gồm tiến độ, kết quả của <strong>{candidates.tasks}</strong> nhiệm vụ cấp trên đã giao (kể cả các kỳ báo cáo định kỳ), đúng như đang ghi ở mục Nhiệm vụ.
          </Typography.Text>
          <Typography.Text type="secondary">Gửi lại bao nhiêu lần cũng được: gói mới hơn thay cho gói cũ ở cấp trên.</Typography.Text>
          <Typography.Text strong>Gửi kèm văn bản đã ban hành (không bắt buộc):</Typography.Text>
          {candidates.documents.length === 0 ? (
            <Typography.Text type="secondary">Chưa có văn bản nào đã ban hành.</Typography.Text>
          ) : (
            <Checkbox.Group
              aria-label="Văn bản gửi kèm"
              value={chosen}
              onChange={(values) => setChosen(values as number[])}
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={candidates.documents.map((d) => ({
                value: d.id,
                label: `${DOCUMENT_KIND.labels[d.kind]} số ${d.numberSymbol} ngày ${formatLocalDate(d.documentDate)}${d.summary ? ` — ${d.summary}` : ''}`,
              }))}
            />
          )}
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={sending.busy} onClick={() => void send()} style={{ alignSelf: 'flex-start' }}>
            Ghi gói báo cáo lên cấp trên…
          </Button>
        </Space>
      </Card>
      {sending.error && <Alert type="error" showIcon role="alert" message="Chưa ghi được gói báo cáo" description={sending.error} />}
      {done && <Alert type="success" showIcon role="status" message={done} />}
    </Space>
  );
}
