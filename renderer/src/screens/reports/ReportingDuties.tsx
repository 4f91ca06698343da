import { FileAddOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { DOCUMENT_STATUS, TASK_RECURRENCE } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { periodChoice } from '../../../../shared/report-periods';
import type { ReportingDuty } from '../../../../shared/schemas/report';
import { errorMessage } from '../../api/client';
import { RecordList } from '../../components/RecordList';
import { useNavigation } from '../../store/navigation';
import { useCompileNotice } from './compile-notice';
import { compileAndOpen } from './compile-report';

/** The due date: red with the days late when overdue, otherwise how long is left. */
export function DutyDue({ duty }: { duty: Pick<ReportingDuty, 'dueDate' | 'overdue' | 'daysLate' | 'daysLeft'> }) {
  if (duty.overdue) {
    return (
      <span style={{ color: '#cf1322' }}>
        Hạn {formatLocalDate(duty.dueDate)} · <strong>Quá hạn {duty.daysLate} ngày</strong>
      </span>
    );
  }
  const left = duty.daysLeft === 0 ? 'hạn hôm nay' : `còn ${duty.daysLeft} ngày`;
  return (
    <span>
      Hạn {formatLocalDate(duty.dueDate)} · <span className={duty.daysLeft <= 7 ? 'text-warning' : 'text-secondary'}>{left}</span>
    </span>
  );
}

/**
 * The reports the committee owes upward (periodic tasks), each with its due date and one click to
 * write it: the report compiled from it completes the duty once it is issued.
 */
export function ReportingDutiesList({ duties, compact = false }: { duties: ReportingDuty[]; compact?: boolean }) {
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();
  const notice = useCompileNotice();
  const [busy, setBusy] = useState<number | null>(null);
  const compile = async (duty: ReportingDuty) => {
    setBusy(duty.taskId);
    try {
      notice(await compileAndOpen(periodChoice(duty.period), duty.taskId));
    } catch (error) {
      notification.error({ message: 'Chưa soạn được báo cáo', description: errorMessage(error), duration: 0 });
    } finally {
      setBusy(null);
    }
  };
  return (
    <RecordList
      compact
      oneLineTitles
      label="Báo cáo định kỳ phải gửi"
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có báo cáo định kỳ nào đến hạn trong 45 ngày tới." />}
      items={duties.map((duty) => ({
        key: duty.taskId,
        title: duty.title,
        fullTitle: duty.title,
        description: (
          <span>
            <DutyDue duty={duty} />
            {!compact && (
              <>
                {' · '}
                {duty.organisation} · {TASK_RECURRENCE.labels[duty.recurrence]} · kỳ {duty.period.label}
              </>
            )}
            {duty.report && <Tag style={{ marginLeft: 8 }}>{DOCUMENT_STATUS.labels[duty.report.status]}</Tag>}
          </span>
        ),
        aside: duty.report ? (
          <Button
            size="small"
            icon={<FileTextOutlined />}
            aria-label={`Mở báo cáo: ${duty.title}`}
            onClick={() => void navigate({ name: 'document', id: duty.report!.documentId })}
          >
            Mở báo cáo
          </Button>
        ) : (
          <Button
            size="small"
            type={duty.overdue ? 'primary' : 'default'}
            icon={<FileAddOutlined />}
            loading={busy === duty.taskId}
            aria-label={`Soạn báo cáo ${duty.period.label}: ${duty.title}`}
            onClick={() => void compile(duty)}
          >
            Soạn báo cáo
          </Button>
        ),
      }))}
    />
  );
}
