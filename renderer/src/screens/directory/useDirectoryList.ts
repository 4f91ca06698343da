import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { errorMessage } from '../../api/client';

export interface DirectoryList<T> {
  rows: T[];
  loading: boolean;
  error: string | null;
  reload(): void;
}

/**
 * Loads a list whenever `deps` change; a late answer to an older request never overwrites a newer one.
 * `load` is read at the time `deps` change, so it may be an inline function.
 */
export function useDirectoryList<T>(load: () => Promise<T[]>, deps: DependencyList): DirectoryList<T> {
  const [rows, setRows] = useState<T[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load()
      .then((result) => {
        if (!current) return;
        setRows(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if (current) setError(errorMessage(e));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { rows, loading, error, reload };
}
