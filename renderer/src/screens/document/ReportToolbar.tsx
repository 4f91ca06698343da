import { FileExcelOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { countBlanks } from '../../../../shared/report-blanks';
import { plainText } from '../../../../shared/rich-text';
import type { DocumentRecord } from '../../../../shared/schemas/document';
import type { ReportInfo } from '../../../../shared/schemas/report';
import { call, errorMessage } from '../../api/client';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useDocumentEditor } from '../../store/document-editor';

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
export function ReportToolbar({ doc, info, onRefreshed }: { doc: DocumentRecord; info: ReportInfo; onRefreshed(info: ReportInfo): void }) {
  const { modal, notification, message } = App.useApp();
  const showExported = useExportedFileNotice();
  const [exporting, setExporting] = useState(false);
  const locked = doc.status !== 'ban_nhap';

  const refresh = () =>
    modal.confirm({
      title: 'Cập nhật số liệu của báo cáo?',
      content:
        `Số liệu ${info.period.label} được tổng hợp lại từ hồ sơ hiện có. Những đoạn bạn đã viết được giữ lại ở đúng mục; ` +
        'nội dung trước khi cập nhật được lưu trong Lịch sử phiên bản.',
      okText: 'Cập nhật số liệu',
      cancelText: 'Không',
      onOk: async () => {
        try {
          await useDocumentEditor.getState().flush();
          const result = await call('reports:refresh', { id: doc.id });
          useDocumentEditor.getState().replace(result.document);
          onRefreshed(result.report);
          message.success('Đã cập nhật số liệu của báo cáo.');
        } catch (error) {
          notification.error({ message: 'Chưa cập nhật được số liệu', description: errorMessage(error), duration: 0 });
        }
      },
    });

  const exportAnnex = async () => {
    setExporting(true);
    try {
      const result = await call('reports:exportXlsx', { id: doc.id });
      if (result.saved && result.filePath) showExported('Đã xuất phụ lục số liệu ra Excel', result.filePath);
    } catch (error) {
      notification.error({ message: 'Chưa xuất được phụ lục', description: errorMessage(error), duration: 0 });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Tooltip title={locked ? 'Báo cáo đã khóa: số liệu đã được chốt' : 'Tổng hợp lại số liệu từ hồ sơ hiện có'}>
        <Button icon={<SyncOutlined />} disabled={locked} onClick={refresh}>
          Cập nhật số liệu
        </Button>
      </Tooltip>
      <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportAnnex()}>
        Xuất phụ lục Excel
      </Button>
      {!locked && <BlanksTag />}
    </>
  );
}
