import { FileAddOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Empty, Tag } from 'antd';
import { DOCUMENT_STATUS, TASK_RECURRENCE } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { periodChoice } from '../../../../shared/report-periods';
import type { ReportingDuty } from '../../../../shared/schemas/report';
import { useAction } from '../../api/query';
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
 * "Soạn báo cáo" for one duty: compiles its period into a draft that completes the duty once
 * issued, and opens it. One action per duty, so only the button clicked turns.
 */
function CompileDutyButton({ duty }: { duty: ReportingDuty }) {
  const { notification } = App.useApp();
  const notice = useCompileNotice();
  const compiling = useAction(() => compileAndOpen(periodChoice(duty.period), duty.taskId));
  const compile = async () => {
    const result = await compiling.attempt();
    if (result.ok) notice(result.value);
    else notification.error({ message: 'Chưa soạn được báo cáo', description: result.message, duration: 0 });
  };
  return (
    <Button
      size="small"
      type={duty.overdue ? 'primary' : 'default'}
      icon={<FileAddOutlined />}
      loading={compiling.busy}
      aria-label={`Soạn báo cáo ${duty.period.label}: ${duty.title}`}
      onClick={() => void compile()}
    >
      Soạn báo cáo
    </Button>
  );
}

/**
 * The reports the committee owes upward (periodic tasks), each with its due date and one click to
 * write it: the report compiled from it completes the duty once it is issued.
 */
export function ReportingDutiesList({ duties, compact = false }: { duties: ReportingDuty[]; compact?: boolean }) {
  const navigate = useNavigation((s) => s.navigate);
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
          <CompileDutyButton duty={duty} />
        ),
      }))}
    />
  );
}
