import { Form, Input, Select } from 'antd';
import { isValidLocalDate } from '../../../../shared/datetime';
import { TASK_PRIORITY, TASK_RECURRENCE, TASK_STATUS } from '../../../../shared/domain';
import type { SaveTaskInput } from '../../../../shared/schemas/task';
import { DUE_BEFORE_START, LEAD_REQUIRED } from '../../../../shared/schemas/task';
import { DateField } from '../../components/DateField';
import { filterByMatch, matchOption } from '../../components/pickers';
import { organisationOptions, type DirectoryChoices } from './useDirectoryChoices';

/** A date that may be left empty ("chưa đặt hạn"), typed as staff type it and shown day first. */
export function OptionalDate({ id, value, onChange }: { id?: string; value: string | null; onChange(value: string | null): void }) {
  return <DateField id={id} optional value={value ?? ''} onChange={(next) => onChange(next === '' ? null : next)} />;
}

export type TaskDraft = Required<Omit<SaveTaskInput, 'id' | 'baseUpdatedAt'>>;

interface TaskFieldsProps {
  draft: TaskDraft;
  onChange(change: Partial<TaskDraft>): void;
  choices: DirectoryChoices;
  /** "Hoàn thành" is offered only while the task is done (reached through the complete button). */
  done: boolean;
}

/** The editable fields of a task, laid out for the drawer. */
export function TaskFields({ draft, onChange, choices, done }: TaskFieldsProps) {
  const keep = [draft.leadOrganisationId, ...draft.supportingOrganisationIds];
  const { startDate, dueDate } = draft;
  const dueBeforeStart = startDate !== null && dueDate !== null && isValidLocalDate(startDate) && isValidLocalDate(dueDate) && dueDate < startDate;
  return (
    <Form layout="vertical" requiredMark>
      <Form.Item label="Tên nhiệm vụ" required htmlFor="task-title">
        <Input.TextArea id="task-title" autoSize={{ minRows: 1, maxRows: 4 }} value={draft.title} onChange={(e) => onChange({ title: e.target.value })} />
      </Form.Item>
      <Form.Item label="Nội dung chi tiết" htmlFor="task-detail">
        <Input.TextArea id="task-detail" autoSize={{ minRows: 2, maxRows: 8 }} value={draft.detail} onChange={(e) => onChange({ detail: e.target.value })} />
      </Form.Item>
      <Form.Item
        label="Đơn vị chủ trì"
        required
        htmlFor="task-lead"
        validateStatus={draft.leadOrganisationId > 0 ? undefined : 'error'}
        help={draft.leadOrganisationId > 0 ? undefined : LEAD_REQUIRED}
      >
        <Select<number>
          id="task-lead"
          showSearch={{ filterOption: filterByMatch }}
          placeholder="Chọn đơn vị chủ trì"
          value={draft.leadOrganisationId > 0 ? draft.leadOrganisationId : undefined}
          options={organisationOptions(choices.organisations, keep)}
          onChange={(value) =>
            onChange({ leadOrganisationId: value, supportingOrganisationIds: draft.supportingOrganisationIds.filter((id) => id !== value) })
          }
        />
      </Form.Item>
      <Form.Item label="Đơn vị phối hợp" htmlFor="task-supporting">
        <Select<number[]>
          id="task-supporting"
          mode="multiple"
          showSearch={{ filterOption: filterByMatch }}
          placeholder="Chọn các đơn vị phối hợp (nếu có)"
          value={draft.supportingOrganisationIds}
          options={organisationOptions(choices.organisations, keep).filter((o) => o.value !== draft.leadOrganisationId)}
          onChange={(value) => onChange({ supportingOrganisationIds: value })}
        />
      </Form.Item>
      <Form.Item label="Người phụ trách" htmlFor="task-person">
        <Select<number | null>
          id="task-person"
          showSearch={{ filterOption: filterByMatch }}
          allowClear
          placeholder="Chọn người phụ trách (nếu có)"
          value={draft.responsiblePersonId ?? undefined}
          options={choices.people
            .filter((p) => p.active || p.id === draft.responsiblePersonId)
            .map((p) =>
              matchOption(p.id, p.organisationName ? `${p.fullName} — ${p.organisationName}` : p.fullName, {
                text: p.fullName,
                also: [p.title, p.organisationName],
              }),
            )}
          onChange={(value) => onChange({ responsiblePersonId: value ?? null })}
        />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <Form.Item label="Ngày bắt đầu" htmlFor="task-start">
          <OptionalDate id="task-start" value={draft.startDate} onChange={(startDate) => onChange({ startDate })} />
        </Form.Item>
        <Form.Item
          label="Hạn hoàn thành"
          htmlFor="task-due"
          validateStatus={dueBeforeStart ? 'error' : undefined}
          help={dueBeforeStart ? DUE_BEFORE_START : undefined}
        >
          <OptionalDate id="task-due" value={draft.dueDate} onChange={(dueDate) => onChange({ dueDate })} />
        </Form.Item>
        <Form.Item label="Mức ưu tiên" htmlFor="task-priority">
          <Select
            id="task-priority"
            value={draft.priority}
            options={TASK_PRIORITY.values.map((v) => ({ value: v, label: TASK_PRIORITY.labels[v] }))}
            onChange={(priority) => onChange({ priority })}
          />
        </Form.Item>
        <Form.Item label="Trạng thái" htmlFor="task-status">
          <Select
            id="task-status"
            value={draft.status}
            options={TASK_STATUS.values
              .filter((v) => v !== 'hoan_thanh' || done)
              .map((v) => ({ value: v, label: TASK_STATUS.labels[v] }))}
            onChange={(status) => onChange({ status })}
          />
        </Form.Item>
        <Form.Item
          label="Lặp lại"
          htmlFor="task-recurrence"
          extra={draft.recurrence === 'khong' ? undefined : 'Khi hoàn thành, kỳ sau được tạo với hạn lùi theo chu kỳ.'}
        >
          <Select
            id="task-recurrence"
            value={draft.recurrence}
            options={TASK_RECURRENCE.values.map((v) => ({ value: v, label: TASK_RECURRENCE.labels[v] }))}
            onChange={(recurrence) => onChange({ recurrence })}
          />
        </Form.Item>
      </div>
      {done && (
        <Form.Item label="Kết quả thực hiện" htmlFor="task-result">
          <Input.TextArea id="task-result" autoSize={{ minRows: 2, maxRows: 8 }} value={draft.result} onChange={(e) => onChange({ result: e.target.value })} />
        </Form.Item>
      )}
    </Form>
  );
}
