import { App } from 'antd';

/** After compiling: what the user should know about it (a running period, a template section missing…). */
export function useCompileNotice() {
  const { notification, message } = App.useApp();
  return (warnings: string[]) => {
    if (warnings.length === 0) {
      message.success('Đã soạn bản nháp báo cáo từ dữ liệu.');
      return;
    }
    notification.warning({
      message: 'Đã soạn bản nháp báo cáo. Xin lưu ý:',
      description: (
        <ul style={{ paddingLeft: 18, margin: 0 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ),
      // Long enough to read; the same notes stay on the report's "Số liệu" tab.
      duration: 15,
    });
  };
}
