import { DeleteOutlined, FileSearchOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { DIRECTIVE_TYPE, MEETING_DIRECTIVE_RELATION, type MeetingDirectiveRelation } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { NUMBER_SYMBOL_MAX_LENGTH } from '../../../../shared/number-symbol-parser';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useSettled } from '../../components/useSettled';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useNavigation } from '../../store/navigation';
import { StatusTag } from '../directives/directive-tags';

const RELATION_OPTIONS = MEETING_DIRECTIVE_RELATION.values.map((v) => ({ value: v, label: MEETING_DIRECTIVE_RELATION.labels[v] }));

/**
 * "Văn bản liên quan": the directives this meeting implements, discusses or cites, linked by
 * typing the symbol as it is written in the report ("Nghị quyết số 56-NQ/TU"). A symbol the
 * register does not have yet is offered for registration, prefilled.
 */
export function MeetingDirectives({ meetingId }: { meetingId: number }) {
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();
  const [text, setText] = useState('');
  const [relation, setRelation] = useState<MeetingDirectiveRelation>('trien_khai');
  // Read again after each link made or undone here (the query layer refreshes it).
  const linked = useApiQuery('meetings:directives', { id: meetingId });
  const links = linked.data ?? [];
  // Looked up once typing pauses; the previous answer stays in sight meanwhile. An emptied box has none.
  const settled = useSettled(text);
  const found = useApiQuery('directives:findBySymbol', { text: settled }, { enabled: settled.trim() !== '', keepPrevious: true });
  const lookup = text.trim() === '' || settled.trim() === '' ? null : (found.data ?? null);

  const linking = useAction((directiveId: number, rel: MeetingDirectiveRelation) => call('meetings:linkDirective', { meetingId, directiveId, relation: rel }));
  const unlinking = useAction((directiveId: number) => call('meetings:unlinkDirective', { meetingId, directiveId }));

  const link = async (directiveId: number, rel: MeetingDirectiveRelation = relation) => {
    if ((await linking.attempt(directiveId, rel)).ok) setText('');
  };

  const unlink = async (directiveId: number) => {
    const done = await unlinking.attempt(directiveId);
    if (!done.ok) notification.error({ message: 'Chưa bỏ liên kết được', description: done.message });
  };

  const error = linking.error ?? linked.error;

  const register = async (symbol: string) => {
    // The meeting's pending edits are written before leaving its page.
    await useMeetingEditor.getState().flush();
    // Linked once saved with the relation chosen here ("Trích dẫn, căn cứ" registers it as cited).
    await navigate({ name: 'directive', id: null, prefillSymbol: symbol, linkMeeting: { meetingId, relation } });
  };

  const linkedIds = new Set(links.map((l) => l.directive.id));
  const matches = lookup?.matches.filter((m) => !linkedIds.has(m.id)) ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="start">
        <Input
          aria-label="Số ký hiệu văn bản cần liên kết"
          prefix={<FileSearchOutlined />}
          placeholder="Gõ số ký hiệu, ví dụ: 56-NQ/TU"
          style={{ width: 320 }}
          value={text}
          maxLength={NUMBER_SYMBOL_MAX_LENGTH}
          onChange={(e) => setText(e.target.value)}
          allowClear
        />
        <Select<MeetingDirectiveRelation> aria-label="Quan hệ với hội nghị" style={{ width: 210 }} value={relation} onChange={setRelation} options={RELATION_OPTIONS} />
      </Space>
      {lookup && !lookup.parsed.ok && <Typography.Text type="danger">{lookup.parsed.reason}</Typography.Text>}
      {lookup?.parsed.ok && matches.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={matches}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="link" type="primary" size="small" aria-label={`Liên kết ${d.numberSymbol}`} icon={<LinkOutlined />} onClick={() => void link(d.id)}>
                  Liên kết
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${DIRECTIVE_TYPE.labels[d.type]} số ${d.numberSymbol}${d.issuedDate ? ` ngày ${formatLocalDate(d.issuedDate)}` : ''}`}
                description={[d.issuerLabel, d.summary].filter(Boolean).join(' — ')}
              />
            </List.Item>
          )}
        />
      )}
      {lookup?.parsed.ok && matches.length === 0 && lookup.matches.length === 0 && (
        <Alert
          type="warning"
          showIcon
          message={`Sổ chưa có văn bản số ${lookup.parsed.value.normalized}.`}
          action={
            <Button size="small" icon={<PlusOutlined />} onClick={() => lookup.parsed.ok && void register(lookup.parsed.value.normalized)}>
              Đăng ký văn bản này
            </Button>
          }
        />
      )}
      {lookup?.parsed.ok && matches.length === 0 && lookup.matches.length > 0 && (
        <Typography.Text type="secondary">Văn bản này đã được liên kết với hội nghị.</Typography.Text>
      )}
      {error && <Alert type="error" showIcon message={error} />}
      <List
        dataSource={links}
        loading={linked.loading}
        locale={{ emptyText: 'Chưa có văn bản nào liên kết với hội nghị này. Gõ số ký hiệu ở trên để liên kết.' }}
        renderItem={({ directive: d, relation: rel }) => (
          <List.Item
            actions={[
              <Select<MeetingDirectiveRelation>
                key="relation"
                size="small"
                aria-label={`Quan hệ với văn bản ${d.numberSymbol}`}
                style={{ width: 190 }}
                value={rel}
                options={RELATION_OPTIONS}
                onChange={(next) => void link(d.id, next)}
              />,
              <Button key="unlink" size="small" type="text" danger aria-label={`Bỏ liên kết ${d.numberSymbol}`} icon={<DeleteOutlined />} onClick={() => void unlink(d.id)} />,
            ]}
          >
            <List.Item.Meta
              title={
                <a onClick={() => void navigate({ name: 'directive', id: d.id })}>
                  {DIRECTIVE_TYPE.labels[d.type]} số {d.numberSymbol}
                  {d.issuedDate ? ` ngày ${formatLocalDate(d.issuedDate)}` : ''}
                </a>
              }
              description={
                <>
                  <StatusTag status={d.status} />
                  {[d.issuerLabel, d.summary].filter(Boolean).join(' — ')}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
