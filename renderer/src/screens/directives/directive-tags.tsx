import { Tag } from 'antd';
import { DIRECTIVE_DIRECTION, DIRECTIVE_STATUS, type DirectiveDirection, type DirectiveStatus } from '../../../../shared/domain';

const STATUS_COLOURS: Record<DirectiveStatus, string> = {
  con_hieu_luc: 'green',
  het_hieu_luc: 'default',
  duoc_thay_the: 'orange',
};

const DIRECTION_COLOURS: Record<DirectiveDirection, string> = {
  den: 'blue',
  di: 'purple',
  noi_bo: 'cyan',
  trich_dan: 'default',
};

/** Short words for the list's narrow column; the form shows the full labels. */
const DIRECTION_SHORT: Record<DirectiveDirection, string> = { den: 'Đến', di: 'Đi', noi_bo: 'Nội bộ', trich_dan: 'Trích dẫn' };

export function StatusTag({ status }: { status: DirectiveStatus }) {
  return <Tag color={STATUS_COLOURS[status]}>{DIRECTIVE_STATUS.labels[status]}</Tag>;
}

export function DirectionTag({ direction }: { direction: DirectiveDirection }) {
  return (
    <Tag color={DIRECTION_COLOURS[direction]} title={DIRECTIVE_DIRECTION.labels[direction]}>
      {DIRECTION_SHORT[direction]}
    </Tag>
  );
}
