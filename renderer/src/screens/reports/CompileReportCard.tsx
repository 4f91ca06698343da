import { FileAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodChoiceInput } from '../../../../shared/schemas/report';
import { useAction } from '../../api/query';
import { useCompileNotice } from './compile-notice';
import { compileAndOpen } from './compile-report';
import { defaultChoice, PeriodFields } from './PeriodFields';

/** "Soạn báo cáo": choose the period, and the app writes the draft from the records of that period. */
export function CompileReportCard() {
  const [choice, setChoice] = useState<PeriodChoiceInput>(() => defaultChoice('sau_thang'));
  const notice = useCompileNotice();
  // Its error stays on the card, under the period it was about, until the next attempt.
  const compiling = useAction(() => compileAndOpen(choice));

  const compile = async () => {
    const warnings = await compiling.run();
    if (warnings) notice(warnings);
  };

  return (
    <Card title="Soạn báo cáo từ dữ liệu">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        Phần mềm tổng hợp hội nghị, văn bản chỉ đạo, kết luận, nhiệm vụ và khen thưởng của kỳ báo cáo thành bản nháp theo mẫu
        của Ủy ban. Những nội dung hồ sơ không ghi được để trống có hướng dẫn “[Cần bổ sung: …]”.
      </Typography.Paragraph>
      <Form layout="vertical">
        <PeriodFields value={choice} onChange={setChoice} />
      </Form>
      {compiling.error && <Alert type="error" showIcon message={compiling.error} style={{ marginBottom: 12 }} />}
      <Button type="primary" icon={<FileAddOutlined />} loading={compiling.busy} onClick={() => void compile()}>
        Tổng hợp và soạn báo cáo
      </Button>
    </Card>
  );
}
