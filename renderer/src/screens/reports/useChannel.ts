import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { useApiQuery } from '../../api/query';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload(): void;
}

/**
 * The reports screen's reads, through the one query layer (keyed by channel and input, a late
 * answer never overwriting a newer one, read again after writes).
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>): Loaded<ChannelOutput<C>> {
  const query = useApiQuery(channel, input);
  return { data: query.data ?? null, error: query.error, reload: query.reload };
}
