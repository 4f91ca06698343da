import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { call } from './client';

/*
 * Reads asked for before React mounts (see startup-reads.ts): the first screen's answers travel
 * while the rest of the page's code is still being evaluated and the layout drawn, instead of
 * after. Each answer is used once: put in the query cache before the first screen is drawn
 * (query.ts, seedEarlyAnswers), or handed to the first query that asks for the same channel and
 * input. Only soon after start-up; any write forgets them all, so nothing older than a write is
 * ever shown.
 */

/** An early answer not taken by then is not used: the screen reads afresh. */
const KEEP_MS = 10_000;

interface EarlyRead {
  channel: Channel;
  input: unknown;
  answer: Promise<unknown>;
  at: number;
  /** Set once the answer arrived without error. */
  value?: { data: unknown; at: number };
  /** Set once it failed: the screen reads afresh instead. */
  failed?: boolean;
}

const early = new Map<string, EarlyRead>();

function keyOf(channel: Channel, input: unknown): string {
  return JSON.stringify([channel, input ?? null]);
}

export function readEarly<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  const read: EarlyRead = { channel, input, answer: call(channel, input), at: Date.now() };
  read.answer.then(
    (data) => {
      read.value = { data, at: Date.now() };
    },
    // A failure already known is not handed on (the screen reads afresh); one that comes later
    // is the query's to show and retry, as any failed read.
    () => {
      read.failed = true;
    },
  );
  early.set(keyOf(channel, input), read);
}

/** The early answer for this read, once; undefined when there is none (then call as usual). */
export function takeEarly<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> | undefined {
  const key = keyOf(channel, input);
  const found = early.get(key);
  if (!found) return undefined;
  early.delete(key);
  if (found.failed || Date.now() - found.at > KEEP_MS) return undefined;
  return found.answer as Promise<ChannelOutput<C>>;
}

export interface EarlyAnswer {
  channel: Channel;
  input: unknown;
  data: unknown;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/**
 * Waits (at most `waitMs`) for the early reads still on their way, then hands over, once, those
 * answered without error. The others stay for `takeEarly`.
 */
export async function takeEarlyAnswers(waitMs: number): Promise<EarlyAnswer[]> {
  const pending = [...early.values()].map((read) => read.answer.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(pending), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  const answers: EarlyAnswer[] = [];
  for (const [key, read] of early) {
    if (!read.value || Date.now() - read.at > KEEP_MS) continue;
    early.delete(key);
    answers.push({ channel: read.channel, input: read.input, data: read.value.data, at: read.value.at });
  }
  return answers;
}

/** A write was answered: what was read before it may be out of date. */
export function forgetEarlyReads(): void {
  early.clear();
}
