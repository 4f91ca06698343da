import { AuditOutlined, CalendarOutlined, ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import type { HomeOverview } from '../../../../shared/ipc/contract';
import { useApiQuery } from '../../api/query';
import { useNavigation, type Route } from '../../store/navigation';
import { showTaskView } from '../../store/task-view';

interface TileProps {
  icon: ReactNode;
  title: string;
  value: number | string;
  danger?: boolean;
  detail?: ReactNode;
  /** The link under the figure: its words say where it goes. */
  link: string;
  onOpen(): void;
}

function Tile({ icon, title, value, danger = false, detail, link, onOpen }: TileProps) {
  return (
    <div className="attention-tile" onClick={onOpen} role="group" aria-label={title}>
      {/* A figure and its name, as antd's Statistic draws them (plain markup: one less component to load first). */}
      <div className="attention-tile-title">
        {icon} {title}
      </div>
      <div className={danger ? 'attention-tile-value attention-tile-value-danger' : 'attention-tile-value'}>{value}</div>
      <div className="attention-tile-detail">{detail}</div>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={(event) => {
          event.stopPropagation();
          onOpen();
        }}
      >
        {link}
      </Button>
    </div>
  );
}

/**
 * The first row of "Trang chủ": what is late or due (tasks overdue and due within 7 days, the
 * periodic reports owed upward) with a link to the list that shows them, then this year's meetings.
 * The reports' figures are the reports screen's own answer (`reports:duties`, shared with the list below).
 */
export function AttentionRow({ overview }: { overview: HomeOverview }) {
  const navigate = useNavigation((s) => s.navigate);
  const duties = useApiQuery('reports:duties', undefined);
  const year = new Date().getFullYear();
  const openTasks = (view: 'qua_han' | 'den_han_7_ngay') => {
    showTaskView(view);
    void navigate({ name: 'tasks' });
  };
  const open = (route: Route) => void navigate(route);
  const { overdue, dueWithin7Days } = overview.tasks;
  const reportsDue = duties.data?.items.length ?? null;
  const reportsLate = duties.data?.items.filter((d) => d.overdue).length ?? 0;
  return (
    <div className="attention-row" role="region" aria-label="Việc cần làm">
        <Tile
          icon={<WarningOutlined aria-hidden />}
          title="Nhiệm vụ quá hạn"
          value={overdue}
          danger={overdue > 0}
          detail={overdue > 0 ? 'Cần đôn đốc đơn vị chủ trì' : 'Không có nhiệm vụ nào quá hạn'}
          link="Xem nhiệm vụ quá hạn"
          onOpen={() => openTasks('qua_han')}
        />
        <Tile
          icon={<ClockCircleOutlined aria-hidden />}
          title="Đến hạn trong 7 ngày"
          value={dueWithin7Days}
          detail="Nhiệm vụ chưa hoàn thành"
          link="Xem nhiệm vụ sắp đến hạn"
          onOpen={() => openTasks('den_han_7_ngay')}
        />
        <Tile
          icon={<AuditOutlined aria-hidden />}
          title="Báo cáo định kỳ phải gửi"
          value={reportsDue ?? '…'}
          danger={reportsLate > 0}
          detail={
            duties.error ? (
              <span className="text-danger">{duties.error}</span>
            ) : reportsLate > 0 ? (
              <span className="text-danger">Trong đó {reportsLate} báo cáo quá hạn</span>
            ) : (
              'Trong 45 ngày tới'
            )
          }
          link="Mở mục Báo cáo"
          onOpen={() => open({ name: 'reports', tab: 'dinh-ky' })}
        />
        <Tile
          icon={<CalendarOutlined aria-hidden />}
          title={`Hội nghị trong năm ${year}`}
          value={overview.counts.meetingsThisYear}
          detail={`Danh bạ: ${overview.counts.people} người, ${overview.counts.organisations} cơ quan, tổ chức`}
          link="Mở danh sách hội nghị"
          onOpen={() => open({ name: 'meetings' })}
        />
    </div>
  );
}
