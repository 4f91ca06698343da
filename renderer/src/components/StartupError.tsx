import { Result } from 'antd';

/** The database could not be read at start-up (loaded only then: Result carries large illustrations). */
export function StartupError({ message }: { message: string }) {
  return <Result status="error" title="Không đọc được dữ liệu" subTitle={message} />;
}
