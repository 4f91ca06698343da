import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { call, errorMessage } from '../../api/client';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload(): void;
}

/**
 * Reads one channel when the screen opens and whenever `key` changes; an answer that arrives after
 * the key moved on is dropped, so a slow reply never overwrites a newer one.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>, key: string): Loaded<ChannelOutput<C>> {
  const [data, setData] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    call(channel, input)
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
    // `input` is described by `key`; listing the object itself would reload on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, reload };
}
