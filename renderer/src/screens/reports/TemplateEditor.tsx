import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Form, Input, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { MEETING_KIND } from '../../../../shared/domain';
import { CUTOFF_CONVENTIONS, CUTOFF_CONVENTION_LABELS, type CutoffConvention } from '../../../../shared/report-periods';
import { REPORT_BLOCK_LABELS, REPORT_BLOCKS, REPORT_PART_LABELS, REPORT_PARTS, type ReportSection } from '../../../../shared/schemas/report';
import { call, errorMessage } from '../../api/client';
import { useChannel } from './useChannel';

function newSection(): ReportSection {
  return { id: `muc-${Math.random().toString(36).slice(2, 10)}`, part: 'ket_qua', title: 'Mục mới', guide: '', blocks: [], keywords: [], meetingKinds: [] };
}

function SectionFields({ section, onChange }: { section: ReportSection; onChange(next: ReportSection): void }) {
  const id = (name: string) => `section-${section.id}-${name}`;
  return (
    <Form layout="vertical">
      <Form.Item label="Tên mục" htmlFor={id('title')}>
        <Input id={id('title')} value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />
      </Form.Item>
      <Form.Item label="Thuộc phần" htmlFor={id('part')}>
        <Select
          id={id('part')}
          value={section.part}
          options={REPORT_PARTS.map((part) => ({ value: part, label: REPORT_PART_LABELS[part] }))}
          onChange={(part) => onChange({ ...section, part })}
        />
      </Form.Item>
      <Form.Item label="Hướng dẫn cho chỗ cần bổ sung (để trống: không có chỗ cần bổ sung)" htmlFor={id('guide')}>
        <Input.TextArea id={id('guide')} autoSize={{ minRows: 2 }} value={section.guide} onChange={(e) => onChange({ ...section, guide: e.target.value })} />
      </Form.Item>
      <Form.Item label="Nội dung lấy tự động từ hồ sơ" htmlFor={id('blocks')}>
        <Select
          id={id('blocks')}
          mode="multiple"
          value={section.blocks}
          options={REPORT_BLOCKS.map((block) => ({ value: block, label: REPORT_BLOCK_LABELS[block] }))}
          onChange={(blocks) => onChange({ ...section, blocks })}
        />
      </Form.Item>
      <Form.Item label="Từ khóa: câu có số liệu nêu tại hội nghị chứa từ này được đưa vào mục" htmlFor={id('keywords')}>
        <Select id={id('keywords')} mode="tags" value={section.keywords} tokenSeparators={[',', ';']} onChange={(keywords) => onChange({ ...section, keywords })} />
      </Form.Item>
      <Form.Item label="Nêu các hội nghị thuộc loại" htmlFor={id('kinds')}>
        <Select
          id={id('kinds')}
          mode="multiple"
          value={section.meetingKinds}
          options={MEETING_KIND.values.map((kind) => ({ value: kind, label: MEETING_KIND.labels[kind] }))}
          onChange={(meetingKinds) => onChange({ ...section, meetingKinds })}
        />
      </Form.Item>
    </Form>
  );
}

/**
 * The committee's report template and cut-off convention: the sections of Phần thứ nhất (by
 * programme), Đánh giá chung and Phần thứ hai, what each fills from the records, what each asks staff
 * to write. "Khôi phục mẫu mặc định" brings back the template shipped with the app.
 */
export function TemplateEditor() {
  const { data, error, reload } = useChannel('reports:settings', undefined);
  const [convention, setConvention] = useState<CutoffConvention>('lich');
  const [sections, setSections] = useState<ReportSection[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { message, modal } = App.useApp();

  useEffect(() => {
    if (!data) return;
    setConvention(data.convention);
    setSections(data.template.sections);
    setDirty(false);
  }, [data]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Skeleton active />;

  const change = (next: ReportSection[]) => {
    setSections(next);
    setDirty(true);
  };
  const move = (index: number, by: number) => {
    const next = [...sections];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    change(next);
  };
  const save = async (template: { sections: ReportSection[] } | null) => {
    setSaveError(null);
    try {
      await call('reports:saveSettings', { convention, template });
      message.success(template === null ? 'Đã khôi phục mẫu báo cáo mặc định.' : 'Đã lưu mẫu báo cáo.');
      reload();
    } catch (e) {
      setSaveError(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="Cách chốt số liệu của kỳ báo cáo">
        <Radio.Group
          value={convention}
          onChange={(e) => {
            setConvention(e.target.value as CutoffConvention);
            setDirty(true);
          }}
          options={CUTOFF_CONVENTIONS.map((value) => ({ value, label: CUTOFF_CONVENTION_LABELS[value] }))}
        />
      </Card>
      <Card
        title={`Mẫu báo cáo của Ủy ban${data.templateIsDefault && !dirty ? ' (mẫu mặc định)' : ''}`}
        extra={
          <Space>
            <Button
              icon={<UndoOutlined />}
              onClick={() =>
                modal.confirm({
                  title: 'Khôi phục mẫu báo cáo mặc định?',
                  content: 'Các mục đã sửa, thêm hoặc xóa trong mẫu sẽ trở về như mẫu của phần mềm. Báo cáo đã soạn không thay đổi.',
                  okText: 'Khôi phục',
                  cancelText: 'Không',
                  onOk: () => save(null),
                })
              }
            >
              Khôi phục mẫu mặc định
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => change([...sections, newSection()])}>
              Thêm mục
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} onClick={() => void save({ sections })}>
              Lưu mẫu
            </Button>
          </Space>
        }
      >
        {saveError && <Alert type="error" showIcon message={saveError} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary">
          Mỗi mục là một đề mục của báo cáo. Nội dung lấy tự động được viết từ hồ sơ của kỳ báo cáo; phần hướng dẫn trở thành chỗ
          “[Cần bổ sung: …]” để cán bộ viết. Xóa một mục có nội dung tự động thì nội dung đó không vào báo cáo (phần mềm sẽ nhắc).
        </Typography.Paragraph>
        <Collapse
          items={sections.map((section, index) => ({
            key: section.id,
            label: `${index + 1}. ${section.title || '(chưa đặt tên)'} — ${REPORT_PART_LABELS[section.part]}`,
            extra: (
              <Space onClick={(e) => e.stopPropagation()}>
                <Button size="small" icon={<ArrowUpOutlined />} aria-label={`Đưa mục ${section.title} lên`} disabled={index === 0} onClick={() => move(index, -1)} />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={`Đưa mục ${section.title} xuống`}
                  disabled={index === sections.length - 1}
                  onClick={() => move(index, 1)}
                />
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa mục ${section.title}`} onClick={() => change(sections.filter((s) => s.id !== section.id))} />
              </Space>
            ),
            children: <SectionFields section={section} onChange={(next) => change(sections.map((s) => (s.id === section.id ? next : s)))} />,
          }))}
        />
      </Card>
    </Space>
  );
}
