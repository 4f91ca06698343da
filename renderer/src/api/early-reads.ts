import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { call } from './client';

/*
 * Reads asked for before React mounts (see startup-reads.ts): the first screen's answers travel
 * while the rest of the page's code is still being evaluated and the layout drawn, instead of
 * after. Each answer is handed once, to the first query that asks for the same channel and
 * input, and only soon after start-up; any write forgets them all, so nothing older than a
 * write is ever shown.
 */

/** An early answer not taken by then is not used: the screen reads afresh. */
const KEEP_MS = 10_000;

const early = new Map<string, { answer: Promise<unknown>; at: number }>();

function keyOf(channel: Channel, input: unknown): string {
  return JSON.stringify([channel, input ?? null]);
}

export function readEarly<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  const answer = call(channel, input);
  // A failure is the query's to show when it takes the answer (and to retry with a fresh call).
  answer.catch(() => undefined);
  early.set(keyOf(channel, input), { answer, at: Date.now() });
}

/** The early answer for this read, once; undefined when there is none (then call as usual). */
export function takeEarly<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> | undefined {
  const key = keyOf(channel, input);
  const found = early.get(key);
  if (!found) return undefined;
  early.delete(key);
  if (Date.now() - found.at > KEEP_MS) return undefined;
  return found.answer as Promise<ChannelOutput<C>>;
}

/** A write was answered: what was read before it may be out of date. */
export function forgetEarlyReads(): void {
  early.clear();
}
