import { Button, Flex, Modal, Typography } from 'antd';
import type { Person } from '../../../../shared/schemas/directory';

interface DuplicatePersonDialogProps {
  /** The main process's sentence naming the people already there. */
  message: string;
  people: Person[];
  /** A new person ("Vẫn thêm") or one renamed ("Vẫn lưu"). */
  adding: boolean;
  busy: boolean;
  onOpen(person: Person): void;
  onConfirm(): void;
  onBack(): void;
}

function whoIs(person: Person): string {
  const known = [person.title, person.organisationName].filter(Boolean).join(', ') || 'Chưa ghi chức vụ, đơn vị';
  return person.active ? known : `${known} — đã ngừng sử dụng`;
}

/**
 * The directory already has someone of that name who may be the same person: open them, or
 * add (save) anyway. The question asked before a namesake is added, never after.
 */
export function DuplicatePersonDialog({ message, people, adding, busy, onOpen, onConfirm, onBack }: DuplicatePersonDialogProps) {
  const confirmLabel = adding ? 'Vẫn thêm' : 'Vẫn lưu';
  return (
    <Modal
      open
      title="Có thể người này đã có trong danh bạ"
      onCancel={onBack}
      mask={{ closable: false }}
      width={560}
      footer={[
        <Button key="back" onClick={onBack}>
          Quay lại
        </Button>,
        <Button key="confirm" type="primary" loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>,
      ]}
    >
      <Typography.Paragraph role="alert">
        {message} {adding ? 'Vẫn thêm?' : 'Vẫn lưu?'}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        Nếu là cùng một người, hãy mở bản ghi đã có. Nếu là người khác trùng tên, bấm “{confirmLabel}”.
      </Typography.Paragraph>
      <Flex vertical gap={8} role="list" aria-label="Người đã có trong danh bạ">
        {people.map((person) => (
          <Flex key={person.id} role="listitem" align="center" justify="space-between" gap={12} className="duplicate-person">
            <div style={{ minWidth: 0 }}>
              <Typography.Text strong>{person.fullName}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{whoIs(person)}</Typography.Text>
            </div>
            <Button aria-label={`Mở ${person.fullName} (${whoIs(person)})`} onClick={() => onOpen(person)}>
              Mở
            </Button>
          </Flex>
        ))}
      </Flex>
    </Modal>
  );
}
