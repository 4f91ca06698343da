import { AimOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space } from 'antd';
import type { ReactNode } from 'react';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';

interface ReviewItemProps {
  itemKey: string;
  /** What the tick accepts, for screen readers: "Nhận Đỗ Mạnh Hiến". */
  label: string;
  accepted: boolean;
  onAccept(accepted: boolean): void;
  hasSource: boolean;
  tags?: ReactNode;
  children: ReactNode;
}

/**
 * One proposed item: ticked to keep it (unticking drops it), its fields editable, outlined with
 * its passage of the source while it is looked at.
 */
export function ReviewItem({ itemKey, label, accepted, onAccept, hasSource, tags, children }: ReviewItemProps) {
  const isActive = useIntake((s) => s.active === itemKey);
  const setActive = useIntake((s) => s.setActive);
  return (
    <div
      className={`intake-item${isActive ? ' is-active' : ''}${accepted ? '' : ' is-dropped'}`}
      data-item={itemKey}
      onFocusCapture={() => setActive(itemKey)}
      onMouseEnter={() => setActive(itemKey)}
    >
      <Space align="start" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 6 }}>
        <Checkbox checked={accepted} onChange={(e) => onAccept(e.target.checked)} aria-label={INTAKE_TEXT.accept(label)}>
          <strong>{label}</strong>
        </Checkbox>
        <Space size={4}>
          {tags}
          {hasSource && (
            <Button size="small" type="text" icon={<AimOutlined aria-hidden />} aria-label={`${INTAKE_TEXT.showInSource}: ${label}`} onClick={() => setActive(itemKey)} />
          )}
        </Space>
      </Space>
      {accepted && children}
    </div>
  );
}

export function SectionTools({ onAll }: { onAll(accepted: boolean): void }) {
  return (
    <Space size={4}>
      <Button size="small" onClick={() => onAll(true)}>
        {INTAKE_TEXT.acceptAll}
      </Button>
      <Button size="small" onClick={() => onAll(false)}>
        {INTAKE_TEXT.dropAll}
      </Button>
    </Space>
  );
}

