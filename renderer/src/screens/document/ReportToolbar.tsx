import { FileExcelOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { countBlanks } from '../../../../shared/report-blanks';
import { plainText } from '../../../../shared/rich-text';
import type { DocumentRecord } from '../../../../shared/schemas/document';
import type { ReportInfo } from '../../../../shared/schemas/report';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { refreshReportFigures, useDocumentEditor } from '../../store/document-editor';

/** The guided blanks left in the body as the user types ("Còn 3 chỗ cần bổ sung"). */
export function useBlanksLeft(): number {
  const body = useDocumentEditor((s) => s.record?.body);
  return useMemo(() => (body ? countBlanks(plainText(body)) : 0), [body]);
}

function BlanksTag() {
  const blanks = useBlanksLeft();
  if (blanks === 0) return <Tag color="success">Đã viết hết các chỗ cần bổ sung</Tag>;
  return (
    <Tooltip title="Những đoạn “[Cần bổ sung: …]” là nội dung hồ sơ không ghi được: hãy viết thay vào hoặc xóa đi.">
      <Tag color="warning">Còn {blanks} chỗ cần bổ sung</Tag>
    </Tooltip>
  );
}

/**
 * The buttons only a compiled report has: "Cập nhật số liệu" (a draft: figures again as of today,
 * the text before kept as a version, the user's writing kept in its sections) and the Excel annex.
 */
export function ReportToolbar({ doc, info }: { doc: DocumentRecord; info: ReportInfo }) {
  const { modal, notification, message } = App.useApp();
  const showExported = useExportedFileNotice();
  const locked = doc.status !== 'ban_nhap';
  // The figures shown are read again after the refresh (the query layer, useReportInfo).
  const updating = useAction(() => refreshReportFigures(doc.id));
  const exporting = useAction(() => call('reports:exportXlsx', { id: doc.id }));

  const refresh = () =>
    modal.confirm({
      title: 'Cập nhật số liệu của báo cáo?',
      content:
        `Số liệu ${info.period.label} được tổng hợp lại từ hồ sơ hiện có. Những đoạn bạn đã viết được giữ lại ở đúng mục; ` +
        'nội dung trước khi cập nhật được lưu trong Lịch sử phiên bản.',
      okText: 'Cập nhật số liệu',
      cancelText: 'Không',
      // A promise: the dialog's button stays busy until the figures are in.
      onOk: async () => {
        const done = await updating.attempt();
        if (done.ok) message.success('Đã cập nhật số liệu của báo cáo.');
        else notification.error({ message: 'Chưa cập nhật được số liệu', description: done.message, duration: 0 });
      },
    });

  const exportAnnex = async () => {
    const result = await exporting.attempt();
    if (!result.ok) {
      notification.error({ message: 'Chưa xuất được phụ lục', description: result.message, duration: 0 });
      return;
    }
    if (result.value.saved && result.value.filePath) showExported('Đã xuất phụ lục số liệu ra Excel', result.value.filePath);
  };

  return (
    <>
      <Tooltip title={locked ? 'Báo cáo đã khóa: số liệu đã được chốt' : 'Tổng hợp lại số liệu từ hồ sơ hiện có'}>
        <Button icon={<SyncOutlined />} disabled={locked} loading={updating.busy} onClick={refresh}>
          Cập nhật số liệu
        </Button>
      </Tooltip>
      <Button icon={<FileExcelOutlined />} loading={exporting.busy} onClick={() => void exportAnnex()}>
        Xuất phụ lục Excel
      </Button>
      {!locked && <BlanksTag />}
    </>
  );
}
