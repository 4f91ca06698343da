import { useCallback, useEffect, useState } from 'react';
import type { DocumentKind, DocumentStatus } from '../../../../shared/domain';
import type { ReportInfo } from '../../../../shared/schemas/report';
import { ApiError, call } from '../../api/client';

/**
 * The figures of a compiled report (null for any other document). Read again when the document's
 * status changes (finalising freezes them) and when the user refreshes them.
 */
export function useReportInfo(id: number, kind: DocumentKind | null, status: DocumentStatus | null) {
  const [info, setInfo] = useState<ReportInfo | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (kind !== 'bao_cao') return;
    let current = true;
    call('reports:get', { id })
      .then((value) => current && setInfo(value))
      // A report written by hand has no figures: that is not an error to show.
      .catch((error: unknown) => current && error instanceof ApiError && setInfo(null));
    return () => {
      current = false;
    };
  }, [id, kind, status, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { info, reload, setInfo };
}
