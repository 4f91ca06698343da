import type { PeriodChoiceInput } from '../../../../shared/schemas/report';
import { call } from '../../api/client';
import { useNavigation } from '../../store/navigation';

/**
 * "Soạn báo cáo": compiles the period into a new draft and opens it in the document editor.
 * Returns what the compilation wants the user to know (a running period, a section missing…).
 */
export async function compileAndOpen(period: PeriodChoiceInput, dutyTaskId: number | null = null): Promise<string[]> {
  const { document, report } = await call('reports:compile', { period, dutyTaskId });
  await useNavigation.getState().navigate({ name: 'document', id: document.id });
  return report.warnings;
}
