import type { DocumentKind } from '../../../../shared/domain';
import type { ReportInfo } from '../../../../shared/schemas/report';
import { useApiQuery } from '../../api/query';

/**
 * The figures of a compiled report (null for any other document). Read again after every write
 * (reports are an overview of the records), so also when the document's status changes
 * (finalising freezes them) and after "Cập nhật số liệu".
 */
export function useReportInfo(id: number, kind: DocumentKind | null): ReportInfo | null {
  const report = useApiQuery('reports:get', { id }, { enabled: kind === 'bao_cao' });
  // A report written by hand has no figures (the read is refused): that is not an error to show.
  return kind === 'bao_cao' ? (report.data ?? null) : null;
}
