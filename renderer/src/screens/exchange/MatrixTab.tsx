import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { TASK_RECURRENCE, type TaskStatus } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import type { MatrixCell, MatrixRow } from '../../../../shared/schemas/exchange';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { localTime } from './exchange-labels';

const IN_TIME: Record<TaskStatus, string> = {
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  tam_dung: 'Tạm dừng',
  hoan_thanh: 'Hoàn thành',
};

/** The words of a cell, the same as the Excel export's. */
function cellWords(cell: MatrixCell): { text: string; colour: string; late: boolean } {
  switch (cell.state) {
    case 'hoan_thanh': {
      const on = cell.completedAt ? ` ${localTime(cell.completedAt).slice(0, 10)}` : '';
      return { text: `Hoàn thành${on}${cell.daysLate > 0 ? ` (trễ ${cell.daysLate} ngày)` : ''}`, colour: 'green', late: false };
    }
    case 'qua_han':
      return { text: `Quá hạn ${cell.daysLate} ngày`, colour: 'red', late: true };
    case 'dung_han':
      return { text: `${IN_TIME[cell.status ?? 'dang_thuc_hien']}, trong hạn`, colour: 'blue', late: false };
    case 'chua_bao_cao':
      return cell.daysLate > 0
        ? { text: `Chưa báo cáo, quá hạn ${cell.daysLate} ngày`, colour: 'red', late: true }
        : { text: 'Chưa báo cáo', colour: 'default', late: false };
  }
}

function CellView({ cell }: { cell: MatrixCell | null }) {
  if (cell === null) return <span className="muted" aria-label="Không giao">—</span>;
  const words = cellWords(cell);
  const details = [
    cell.dueDate ? `Hạn: ${formatLocalDate(cell.dueDate)}` : 'Không có hạn',
    cell.latestProgress ? `Tiến độ: ${cell.latestProgress}` : null,
    cell.result ? `Kết quả: ${cell.result}` : null,
    cell.reportedAt ? `Báo cáo lúc ${localTime(cell.reportedAt)}` : 'Chưa nhận báo cáo nào',
  ].filter((line): line is string => line !== null);
  return (
    <Tooltip title={details.map((line) => <div key={line}>{line}</div>)}>
      <Tag color={words.colour} style={{ whiteSpace: 'normal', fontWeight: words.late ? 600 : undefined }}>
        {words.text}
      </Tag>
    </Tooltip>
  );
}

/**
 * "Tiến độ cấp dưới": each committee below against each task given to it, as it last reported —
 * late ones in red with the days late — and the view saved to Excel.
 */
export function MatrixTab() {
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();
  const [directiveId, setDirectiveId] = useState<number | null>(null);
  const all = useApiQuery('exchange:matrix', { directiveId: null });
  const chosen = useApiQuery('exchange:matrix', { directiveId }, { keepPrevious: true });
  const matrix = chosen.data ?? null;
  const error = chosen.error;
  const exporting = useAction(() => call('exchange:exportMatrixXlsx', { directiveId }));

  // The directives with tasks given down: the columns of the full matrix name them.
  const directives = useMemo(() => {
    const seen = new Map<number, string>();
    for (const column of all.data?.columns ?? []) if (!seen.has(column.directiveId)) seen.set(column.directiveId, column.numberSymbol);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all.data]);

  const columns = useMemo(() => {
    if (!matrix) return [];
    return [
      { title: 'Đơn vị', key: 'name', fixed: 'left' as const, width: 220, render: (_: unknown, row: MatrixRow) => <Typography.Text strong>{row.name}</Typography.Text> },
      ...matrix.columns.map((column, index) => ({
        key: column.group,
        width: 190,
        title: (
          <Space direction="vertical" size={0}>
            <span>{column.title}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
              {column.numberSymbol}
              {column.dueDate ? ` · hạn ${formatLocalDate(column.dueDate)}` : ''}
              {column.recurrence !== 'khong' ? ` · ${TASK_RECURRENCE.labels[column.recurrence].toLocaleLowerCase('vi')}` : ''}
            </Typography.Text>
          </Space>
        ),
        render: (_: unknown, row: MatrixRow) => <CellView cell={row.cells[index] ?? null} />,
      })),
    ];
  }, [matrix]);

  const exportNow = async () => {
    const result = await exporting.attempt();
    if (!result.ok) {
      notification.error({ message: 'Chưa xuất được bảng tiến độ', description: result.message, duration: 0 });
      return;
    }
    if (result.value.saved && result.value.filePath) showExported('Đã xuất bảng tiến độ cấp dưới ra Excel', result.value.filePath);
  };

  const t = matrix?.totals;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Select<number | null>
              aria-label="Văn bản giao nhiệm vụ"
              style={{ minWidth: 280 }}
              value={directiveId}
              onChange={setDirectiveId}
              options={[{ value: null, label: 'Tất cả văn bản đã giao' }, ...directives]}
            />
            {t && (
              <Typography.Text>
                Hoàn thành <strong>{t.hoan_thanh}</strong> · trong hạn <strong>{t.dung_han}</strong> ·{' '}
                <Typography.Text type="danger" strong>
                  quá hạn {t.qua_han}
                </Typography.Text>{' '}
                · chưa báo cáo <strong>{t.chua_bao_cao}</strong>
                {matrix && matrix.lateNotReported > 0 && (
                  <Typography.Text type="danger"> ({matrix.lateNotReported} đã quá hạn)</Typography.Text>
                )}
                {matrix ? ` (tính đến ${formatLocalDate(matrix.today)})` : ''}
              </Typography.Text>
            )}
          </Space>
          <Button icon={<FileExcelOutlined aria-hidden />} loading={exporting.busy} disabled={!matrix || matrix.rows.length === 0} onClick={() => void exportNow()}>
            Xuất Excel
          </Button>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon role="alert" message="Không đọc được bảng tiến độ" description={error} />}
      {matrix && matrix.rows.length === 0 ? (
        <Empty description="Chưa giao nhiệm vụ nào cho cấp dưới. Mở một văn bản chỉ đạo và bấm “Gửi cấp dưới”." />
      ) : (
        <Table<MatrixRow>
          size="small"
          bordered
          rowKey="committeeId"
          aria-label="Tiến độ của các đơn vị cấp dưới theo từng nhiệm vụ"
          pagination={false}
          loading={chosen.loading}
          dataSource={matrix?.rows ?? []}
          columns={columns}
          scroll={{ x: 220 + (matrix?.columns.length ?? 0) * 190 }}
        />
      )}
    </Space>
  );
}
