import { Tabs } from 'antd';
import { useNavigation, type ExchangeTab } from '../../store/navigation';
import { CommitteesTab } from './CommitteesTab';
import { HistoryTab } from './HistoryTab';
import { MatrixTab } from './MatrixTab';
import { ReceiveTab } from './ReceiveTab';
import { ReportUpTab } from './ReportUpTab';

/**
 * "Cấp trên, cấp dưới": exchange with the committee above and the committees below by package
 * files (.mttq) carried on a USB stick or sent by e-mail — receive a package (with a preview
 * before anything is written), follow what the committees below reported, report up, and keep
 * the list of committees with their codes.
 */
export function ExchangeScreen({ tab }: { tab: ExchangeTab }) {
  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Trao đổi với cấp trên, cấp dưới</h1>
      </div>
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => void useNavigation.getState().navigate({ name: 'exchange', tab: key as ExchangeTab })}
        items={[
          { key: 'nhan', label: 'Nhận gói', children: <ReceiveTab /> },
          { key: 'tien_do', label: 'Tiến độ cấp dưới', children: <MatrixTab /> },
          { key: 'bao_cao', label: 'Báo cáo lên cấp trên', children: <ReportUpTab /> },
          { key: 'don_vi', label: 'Đơn vị cấp trên, cấp dưới', children: <CommitteesTab /> },
          { key: 'nhat_ky', label: 'Nhật ký gửi, nhận', children: <HistoryTab /> },
        ]}
      />
    </div>
  );
}
