import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useApiQuery } from '../../api/query';
import { useNavigation } from '../../store/navigation';

/** On the home screen: no copy outside this PC, or the last one is too old; or the last backup failed. */
export function BackupWarning() {
  // Read again after a backup is made (the query layer); a status that cannot be read shows nothing here.
  const status = useApiQuery('backups:status', undefined).data;
  const navigate = useNavigation((s) => s.navigate);
  const text = status?.lastError ?? status?.warning;
  if (!status || !text) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<SafetyOutlined />}
      style={{ marginBottom: 16 }}
      message={status.lastError ? 'Sao lưu chưa thành công' : 'Sao lưu ra ngoài máy'}
      description={text}
      action={<Button onClick={() => void navigate({ name: 'backups' })}>Mở Sao lưu và khôi phục</Button>}
      role="alert"
    />
  );
}
