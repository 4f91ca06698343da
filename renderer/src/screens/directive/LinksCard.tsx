import { Card, List, Tag, Typography } from 'antd';
import { DIRECTIVE_TYPE, MEETING_DIRECTIVE_RELATION } from '../../../../shared/domain';
import { formatLocalDateTime } from '../../../../shared/datetime';
import type { DirectiveRecord, DirectiveRef } from '../../../../shared/schemas/directive';
import { useNavigation } from '../../store/navigation';

/** The meetings that discussed or implement the directive, and the directives that point at it. */
export function LinksCard({ record }: { record: DirectiveRecord }) {
  const navigate = useNavigation((s) => s.navigate);
  const refs: Array<{ label: string; ref: DirectiveRef }> = [
    ...record.replacedBy.map((ref) => ({ label: 'Được thay thế bởi', ref })),
    ...record.guidedBy.map((ref) => ({ label: 'Được hướng dẫn bởi', ref })),
  ];
  return (
    <Card size="small" title="Hội nghị liên quan">
      <List
        size="small"
        dataSource={record.meetings}
        locale={{ emptyText: 'Chưa hội nghị nào liên kết văn bản này. Liên kết từ trang hội nghị, mục "Văn bản liên quan".' }}
        renderItem={(link) => (
          <List.Item className="clickable-row" onClick={() => void navigate({ name: 'meeting', id: link.meetingId })}>
            <List.Item.Meta
              title={<a>{link.meetingTitle}</a>}
              description={
                <>
                  <Tag>{MEETING_DIRECTIVE_RELATION.labels[link.relation]}</Tag>
                  {formatLocalDateTime(link.meetingStartAt)}
                </>
              }
            />
          </List.Item>
        )}
      />
      {refs.length > 0 && (
        <div style={{ marginTop: 12 }}>
          {refs.map(({ label, ref }) => (
            <div key={`${label}-${ref.id}`}>
              <Typography.Text type="secondary">{label} </Typography.Text>
              <a onClick={() => void navigate({ name: 'directive', id: ref.id })}>
                {DIRECTIVE_TYPE.labels[ref.type]} {ref.numberSymbol}
              </a>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
