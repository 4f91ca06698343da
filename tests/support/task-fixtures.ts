import type { ChannelInput } from '../../shared/ipc/contract';
import type { SaveTaskInput, TaskRecord } from '../../shared/schemas/task';
import type { TestCore } from './core';
import { organisation } from './fixtures';

export interface TaskDirectory {
  farmers: number;
  women: number;
  youth: number;
  veterans: number;
}

/** The member organisations most conclusions name, as a committee's directory holds them. */
export function taskDirectory(core: TestCore): TaskDirectory {
  return {
    farmers: organisation(core, 'Hội Nông dân thành phố Hải Phòng', { abbreviation: 'HND' }).id,
    women: organisation(core, 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng', { abbreviation: 'HLHPN' }).id,
    youth: organisation(core, 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng', { abbreviation: 'ĐTN' }).id,
    veterans: organisation(core, 'Hội Cựu chiến binh thành phố Hải Phòng', { abbreviation: 'HCCB' }).id,
  };
}

export function createTask(core: TestCore, input: Partial<ChannelInput<'tasks:create'>> & { leadOrganisationId: number }) {
  return core.must('tasks:create', { title: 'Báo cáo kết quả thực hiện cuộc vận động', ...input });
}

/** The `tasks:save` input that leaves a task as it is, to change one field in a test. */
export function toSaveInput(task: TaskRecord): SaveTaskInput {
  return {
    id: task.id,
    title: task.title,
    detail: task.detail,
    leadOrganisationId: task.leadOrganisation.id,
    supportingOrganisationIds: task.supportingOrganisationIds,
    responsiblePersonId: task.responsiblePersonId,
    startDate: task.startDate,
    dueDate: task.dueDate,
    priority: task.priority,
    recurrence: task.recurrence,
    status: task.status,
    result: task.result,
  };
}
