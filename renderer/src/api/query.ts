import { keepPreviousData, QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { AppErrorDetails } from '../../../shared/ipc/errors';
import { ApiError, call, errorDetails, errorMessage, onCallSettled } from './client';
import { forgetEarlyReads, takeEarly, takeEarlyAnswers } from './early-reads';

/*
 * The renderer's one way to load, refresh and write (TanStack Query over the typed client):
 * - `useApiQuery(channel, input)`: keyed by channel and input, cached, a late answer never
 *   overwrites a newer one, errors in the same Vietnamese words as everywhere else;
 * - after ANY write answered by the main process (made through `call`, from a screen, a dialog
 *   or an autosave), the queries that can show what it changed are refreshed: no screen keeps
 *   a reload counter, and none can forget to refresh;
 * - `useAction(fn)`: a write (or several) with its busy flag and its error, for buttons and dialogs.
 */

/** Errors another attempt cannot get past (the input or the record is the problem, not the moment). */
const FINAL_CODES = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'DUPLICATE', 'PERSON_DUPLICATE', 'IN_USE', 'UNKNOWN_CHANNEL', 'STALE']);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A locked file or a busy disk passes; a refused input does not.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && FINAL_CODES.has(error.code)),
      retryDelay: (failures) => 300 * 2 ** failures,
      // The data lives on this PC and changes only through this window (or the CLI): shown from
      // the cache at once, read again each time a screen opens.
      staleTime: 0,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
    mutations: { retry: false, networkMode: 'always' },
  },
});

/** Verbs that only read: answering them changes nothing. */
const READ_VERBS = new Set([
  'info',
  'overview',
  'get',
  'list',
  'years',
  'versions',
  'version',
  'events',
  'nextNumber',
  'renderDocx',
  'parseSymbol',
  'findBySymbol',
  'nextArrivalNumber',
  'directives',
  'forMeeting',
  'reviewOfLastTime',
  'search',
  'preview',
  // search:query, people:page
  'query',
  'page',
  // Reading a pasted text or a Word file proposes a meeting and saves nothing.
  'readText',
  'readDocx',
  // Exchange with the committees above and below.
  'assignments',
  'reportCandidates',
  'matrix',
  'history',
  'taskOrigin',
  // Reports, the weekly schedule and backups: what is owed, a period's days, a week, the settings
  // and state shown. Taken for writes, each answer refreshed the overviews, and a screen that
  // queried one (the home screen's reporting duties) read it again without end.
  'duties',
  // people:missingLeaders, the profile's leaders not yet in the directory.
  'missingLeaders',
  'period',
  'week',
  'settings',
  'status',
]);

/** Writes that change no stored data (a file written elsewhere, a folder opened). */
const NO_DATA_CHANGE = new Set([
  'documents:exportDocx',
  'tasks:exportXlsx',
  'files:showInFolder',
  'attachments:open',
  // Choosing a package only reads and previews it; the matrix's Excel is a file written elsewhere.
  'exchange:openPackage',
  'exchange:exportMatrixXlsx',
  // The report's Excel annex and the weekly schedule in Word: files written elsewhere.
  'reports:exportXlsx',
  'schedule:exportDocx',
]);

/** What a write to one domain can change on other screens (a domain, or one channel). */
const AFFECTS: Record<string, readonly string[]> = {
  profile: ['profile', 'documents'],
  organisations: ['organisations', 'people', 'tasks', 'directives'],
  people: ['people', 'organisations', 'tasks'],
  meetings: ['meetings', 'documents', 'tasks'],
  documents: ['documents', 'meetings'],
  tasks: ['tasks', 'directives:get'],
  directives: ['directives', 'meetings', 'tasks'],
  attachments: ['attachments', 'directives'],
  // An imported package registers directives and tasks, and answers to the matrix.
  exchange: ['exchange', 'committees', 'directives', 'tasks', 'organisations', 'attachments'],
  committees: ['committees', 'exchange', 'organisations'],
  // A text read into a meeting creates (or completes) it, new people and newly registered directives.
  intake: ['meetings', 'people', 'organisations', 'directives', 'documents', 'tasks'],
  // A restore or an import of all data replaces the database: everything is read again.
  backups: ['backups', 'bin', 'profile', 'organisations', 'people', 'meetings', 'documents', 'directives', 'tasks', 'exchange', 'committees'],
  // A report compiled or its figures refreshed is a document: the documents list and its page show it.
  reports: ['reports', 'documents'],
  // A restored or emptied bin changes the lists it came from.
  bin: ['bin', 'meetings', 'documents', 'directives', 'tasks'],
};

/** Autosave writes about once a second while the user types: only what lists and summaries show. */
const NARROW: Record<string, readonly string[]> = {
  'meetings:save': ['meetings:list', 'meetings:years', 'documents:list', 'tasks:forMeeting', 'tasks:list'],
  'documents:save': ['documents:list', 'documents:versions'],
};

/** Screens that summarise everything: refreshed after every write. */
const OVERVIEWS = ['home', 'dashboard', 'search', 'reports'];

/**
 * The same after an autosave, but for one compiled report's figures (`reports:get`): an edit of a
 * meeting or a document's text never changes them (they change when the report is compiled,
 * refreshed or finalised), and the document page showing them would read them once a second.
 */
const OVERVIEWS_AFTER_AUTOSAVE = ['home', 'dashboard', 'search', 'reports:list', 'reports:duties'];

function domainOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(0, colon);
}

export function isWriteChannel(channel: string): boolean {
  const verb = channel.slice(channel.indexOf(':') + 1);
  return !READ_VERBS.has(verb) && !NO_DATA_CHANGE.has(channel);
}

/** The query keys a write makes stale: domains ("meetings") or single channels ("tasks:list"). */
export function staleAfter(channel: string): string[] {
  if (!isWriteChannel(channel)) return [];
  const domain = domainOf(channel);
  const narrow = NARROW[channel];
  if (narrow) return [...narrow, ...OVERVIEWS_AFTER_AUTOSAVE];
  return [...(AFFECTS[domain] ?? [domain]), ...OVERVIEWS];
}

function matches(key: unknown, names: readonly string[]): boolean {
  if (typeof key !== 'string') return false;
  return names.some((name) => key === name || (!name.includes(':') && domainOf(key) === name));
}

/**
 * Writes that change the backup state even when they fail: a failed backup is its "last error"
 * (shown on the home and backups screens), and an export of all data makes a backup before it
 * writes the file, so a failed export may leave a new backup listed. Any other refused write
 * changes nothing (the main process's one write path rolls it back).
 */
const FAILURE_RECORDED: Record<string, readonly string[]> = {
  'backups:create': ['backups'],
  'backups:exportAll': ['backups'],
};

/** What a refused call made stale: nothing, unless it records its failure. */
export function staleAfterRefusal(channel: string): string[] {
  return [...(FAILURE_RECORDED[channel] ?? [])];
}

function invalidate(names: readonly string[]): void {
  if (names.length === 0) return;
  forgetEarlyReads();
  void queryClient.invalidateQueries({ predicate: (query) => matches(query.queryKey[0], names) });
}

/** Refreshes the queries on screen that show what `channel` may have changed; the rest are read again when shown. */
export function invalidateAfterWrite(channel: string): void {
  invalidate(staleAfter(channel));
}

onCallSettled((channel, answered) => invalidate(answered ? staleAfter(channel) : staleAfterRefusal(channel)));

export function apiQueryKey<C extends Channel>(channel: C, input: ChannelInput<C>): readonly [C, ChannelInput<C> | null] {
  return [channel, input ?? null];
}

/**
 * Answers put in the cache from the start-up reads (query hash → when they arrived). They count
 * as fresh only for the screen drawn with them, as it mounts (and at most 2 s): it does not read
 * them again at once. Once that screen is left they are like any other answer (read again when a
 * screen shows them), and a write makes them stale at any time.
 */
const seeded = new Map<string, number>();
const SEEDED_FRESH_MS = 2000;

queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'observerRemoved' && event.query.getObserversCount() === 0) seeded.delete(event.query.queryHash);
});

function staleTimeOf(query: { queryHash: string; state: { dataUpdatedAt: number } }): number {
  return seeded.get(query.queryHash) === query.state.dataUpdatedAt ? SEEDED_FRESH_MS : 0;
}

/**
 * Before the first screen is drawn: the start-up reads answered by now (waiting at most `waitMs`
 * for the others) go into the cache, so that the screen is drawn once, with its data.
 */
export async function seedEarlyAnswers(waitMs: number): Promise<void> {
  for (const answer of await takeEarlyAnswers(waitMs)) {
    const key = apiQueryKey(answer.channel, answer.input as ChannelInput<Channel>);
    queryClient.setQueryData(key, answer.data, { updatedAt: answer.at });
    const query = queryClient.getQueryCache().find({ queryKey: key, exact: true });
    if (query) seeded.set(query.queryHash, answer.at);
  }
}

export interface ApiQuery<T> {
  data: T | undefined;
  /** Nothing to show yet (first load). */
  loading: boolean;
  /** Reading again while older data is shown. */
  refreshing: boolean;
  /** Vietnamese, fit to show as it is. */
  error: string | null;
  reload(): void;
}

export interface ApiQueryOptions<T = unknown> {
  enabled?: boolean;
  /** Keep showing the previous answer while the input changes (lists being filtered, paged). */
  keepPrevious?: boolean;
  /** Read again after this many milliseconds while the answer asks for it (false: not again). */
  refetchEvery?: (data: T | undefined) => number | false;
}

/** What a screen's query of `channel` is, for TanStack Query (useApiQuery; a QueryObserver in tests). */
export function apiQueryOptions<C extends Channel>(channel: C, input: ChannelInput<C>, options: ApiQueryOptions<ChannelOutput<C>> = {}) {
  return {
    queryKey: apiQueryKey(channel, input),
    // The first screen's data may already be on its way (startup-reads.ts).
    queryFn: () => takeEarly(channel, input) ?? call(channel, input),
    enabled: options.enabled ?? true,
    staleTime: staleTimeOf,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.refetchEvery
      ? (current: { state: { data: ChannelOutput<C> | undefined } }) => options.refetchEvery!(current.state.data)
      : (false as const),
  };
}

export function useApiQuery<C extends Channel>(channel: C, input: ChannelInput<C>, options: ApiQueryOptions<ChannelOutput<C>> = {}): ApiQuery<ChannelOutput<C>> {
  const enabled = options.enabled ?? true;
  const query = useQuery(apiQueryOptions(channel, input, options));
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data,
    loading: enabled && query.isPending,
    refreshing: query.isFetching && !query.isPending,
    error: query.error ? errorMessage(query.error) : null,
    reload,
  };
}

export type Attempt<R> = { ok: true; value: R } | { ok: false; message: string; details: AppErrorDetails | null };

export interface Action<A extends unknown[], R> {
  /** Runs the action; resolves with its result, or undefined when it failed (see `error`). Never throws. */
  run(...args: A): Promise<R | undefined>;
  /** Runs the action and says how it went, with the Vietnamese reason when it failed. Never throws. */
  attempt(...args: A): Promise<Attempt<R>>;
  busy: boolean;
  error: string | null;
  /** What the last refusal points at (the entry already there), to offer opening it. */
  errorDetails: AppErrorDetails | null;
  reset(): void;
}

/**
 * A write (or a few calls in a row) started by the user: one busy flag, one error in Vietnamese.
 * Whatever it writes refreshes the screens that show it (through `call`).
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const mutation = useMutation<R, unknown, A>({ mutationFn: (args) => action(...args) });
  const { mutateAsync, reset } = mutation;
  const attempt = useCallback(
    async (...args: A): Promise<Attempt<R>> => {
      try {
        return { ok: true, value: await mutateAsync(args) };
      } catch (error) {
        return { ok: false, message: errorMessage(error), details: errorDetails(error) };
      }
    },
    [mutateAsync],
  );
  const run = useCallback(async (...args: A) => {
    const result = await attempt(...args);
    return result.ok ? result.value : undefined;
  }, [attempt]);
  return {
    run,
    attempt,
    busy: mutation.isPending,
    error: mutation.error ? errorMessage(mutation.error) : null,
    errorDetails: errorDetails(mutation.error),
    reset,
  };
}
