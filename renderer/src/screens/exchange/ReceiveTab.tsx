import { ImportOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ImportPreview, ImportResult, PreviewItem } from '../../../../shared/schemas/exchange';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { ActionTag, KIND_LABEL, localTime, PACKAGE_KIND_LABEL } from './exchange-labels';

/**
 * (The lists that show what an import added refresh by themselves: the query layer reloads them
 * after every write.)
 *
 * "Nhận gói": choose the .mttq file, see what it will add or change — nothing is written yet —
 * then import it (the app backs the data up first) or cancel.
 */
export function ReceiveTab() {
  const [token, setToken] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Two steps, each with its own spinner and its own failure: choosing a file (it is read and
  // previewed, nothing written) and importing what was previewed. Choosing again forgets both.
  const opening = useAction(() => call('exchange:openPackage', undefined));
  const importing = useAction((chosen: string) => call('exchange:import', { token: chosen }));
  const error = opening.error
    ? { title: 'Không nhận gói này', message: opening.error }
    : importing.error
      ? { title: 'Chưa nhập được gói', message: importing.error }
      : null;

  const choose = async () => {
    importing.reset();
    setResult(null);
    const opened = await opening.attempt();
    if (!opened.ok) {
      setToken(null);
      setPreview(null);
      return;
    }
    if (opened.value.token === null) return;
    setToken(opened.value.token);
    setPreview(opened.value.preview);
  };

  const importNow = async () => {
    if (!token) return;
    const imported = await importing.attempt(token);
    if (!imported.ok) return;
    setResult(imported.value);
    setToken(null);
    setPreview(null);
  };

  const cancel = () => {
    setToken(null);
    setPreview(null);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Button type="primary" icon={<InboxOutlined aria-hidden />} loading={opening.busy} onClick={() => void choose()}>
            Chọn tệp gói (.mttq)…
          </Button>
          <Typography.Text type="secondary">
            Gói do cấp trên gửi (văn bản, nhiệm vụ) hoặc do cấp dưới gửi (báo cáo tiến độ). Ứng dụng kiểm tra gói và cho xem trước; chưa có gì được ghi cho đến khi bấm “Nhập vào dữ liệu”.
          </Typography.Text>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon role="alert" message={error.title} description={error.message} />}
      {result && <ImportDone result={result} />}
      {preview && (
        <Card
          size="small"
          title={`Xem trước: ${PACKAGE_KIND_LABEL[preview.package.kind]} từ ${preview.package.sender.name}`}
          extra={
            <Space>
              <Button onClick={cancel}>Hủy</Button>
              <Button type="primary" icon={<ImportOutlined aria-hidden />} loading={importing.busy} onClick={() => void importNow()}>
                Nhập vào dữ liệu
              </Button>
            </Space>
          }
        >
          <PreviewView preview={preview} />
        </Card>
      )}
      {!preview && !result && !error && <Empty description="Chưa chọn gói nào." />}
    </Space>
  );
}

function ImportDone({ result }: { result: ImportResult }) {
  const text = result.alreadyImported
    ? 'Gói này đã được nhập trước đây; nhập lại không thay đổi gì.'
    : `Đã thêm ${result.added}, thay đổi ${result.changed} bản ghi.`;
  return (
    <Alert
      type={result.refused.length > 0 ? 'warning' : 'success'}
      showIcon
      role="status"
      message="Đã nhập gói"
      description={
        <Space direction="vertical" size={2}>
          <span>{text}</span>
          {result.refused.map((r) => (
            <span key={`${r.reason}-${r.record ?? ''}`}>Không nhận: {r.message}</span>
          ))}
          {result.backupPath && <Typography.Text type="secondary">Bản sao lưu trước khi nhập: {result.backupPath}</Typography.Text>}
        </Space>
      }
    />
  );
}

export function PreviewView({ preview }: { preview: ImportPreview }) {
  const p = preview.package;
  const { counts } = preview;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="Nơi gửi">
          {p.sender.name} (mã {p.sender.code})
        </Descriptions.Item>
        <Descriptions.Item label="Nơi nhận">{p.receivers.map((r) => `${r.name} (mã ${r.code})`).join('; ')}</Descriptions.Item>
        <Descriptions.Item label="Lập lúc">{localTime(p.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Gói số">
          {p.sequence} — tệp {p.fileName}
        </Descriptions.Item>
      </Descriptions>
      {preview.alreadyImported ? (
        <Alert type="info" showIcon message="Gói này đã được nhập trước đây: nhập lại sẽ không thay đổi gì." />
      ) : (
        <Alert
          type={counts.refused > 0 ? 'warning' : 'info'}
          showIcon
          message={`Gói sẽ thêm ${counts.added}, thay đổi ${counts.changed}, giữ nguyên ${counts.unchanged}${counts.refused > 0 ? `, không nhận ${counts.refused}` : ''} bản ghi.`}
        />
      )}
      <Table<PreviewItem>
        size="small"
        rowKey={(item) => `${item.kind}-${item.key}`}
        pagination={false}
        dataSource={preview.items}
        aria-label="Nội dung gói sẽ nhập"
        columns={[
          { title: 'Loại', dataIndex: 'kind', width: 130, render: (kind: PreviewItem['kind']) => KIND_LABEL[kind] },
          { title: 'Việc sẽ làm', dataIndex: 'action', width: 120, render: (action: PreviewItem['action']) => <ActionTag action={action} /> },
          {
            title: 'Nội dung',
            render: (_value, item) => (
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{item.label}</Typography.Text>
                {item.notes.map((note) => (
                  <Typography.Text key={note} type={item.action === 'tu_choi' ? 'danger' : 'secondary'}>
                    {note}
                  </Typography.Text>
                ))}
                {item.changes.map((change) => (
                  <span key={change.field}>
                    {change.field}: <del>{change.before}</del> → <strong>{change.after}</strong>
                  </span>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
