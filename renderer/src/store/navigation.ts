import { create } from 'zustand';
import type { MeetingDirectiveRelation } from '../../../shared/domain';
import { confirmLeave } from './unsaved-work';

/** A directive registered from a meeting's page: the meeting to link once saved, and how. */
export interface LinkToMeeting {
  meetingId: number;
  relation: MeetingDirectiveRelation;
}

export type Route =
  | { name: 'home' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: number }
  | { name: 'documents' }
  | { name: 'document'; id: number }
  | { name: 'tasks' }
  | { name: 'dashboard' }
  | { name: 'directives' }
  /** id null: a new entry, optionally prefilled from a meeting page (symbol typed there, meeting to link and the relation picked). */
  | { name: 'directive'; id: number | null; prefillSymbol?: string; linkMeeting?: LinkToMeeting }
  | { name: 'directory'; tab: 'people' | 'organisations' }
  /** A person's page: meetings attended, chaired or spoken at, awards, tasks. */
  | { name: 'person'; id: number }
  /** "Nhập từ văn bản": a new meeting read from a text, or more for an existing one. */
  | { name: 'intake'; meetingId: number | null }
  /** Periodic reports, the weekly schedule, the report template. */
  | { name: 'reports'; tab: ReportsTab; week?: string }
  | { name: 'exchange'; tab: ExchangeTab }
  | { name: 'profile' }
  | { name: 'backups' }
  | { name: 'bin' };

export type ReportsTab = 'dinh-ky' | 'lich-tuan' | 'mau';
const REPORTS_TABS: ReportsTab[] = ['dinh-ky', 'lich-tuan', 'mau'];

/** The tabs of "Trao đổi cấp trên, cấp dưới", with the word each has in the address. */
export const EXCHANGE_TABS = {
  nhan: 'nhan-goi',
  tien_do: 'tien-do',
  bao_cao: 'bao-cao',
  don_vi: 'don-vi',
  nhat_ky: 'nhat-ky',
} as const;
export type ExchangeTab = keyof typeof EXCHANGE_TABS;

interface NavigationState {
  route: Route;
  /**
   * Goes to `route` after the leave guard (unsaved-work.ts): every editor and form writes what it
   * can, and the user is asked about what it could not. Resolves false when the user stays.
   */
  navigate(route: Route): Promise<boolean>;
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'meeting':
      return `#/hoi-nghi/${route.id}`;
    case 'meetings':
      return '#/hoi-nghi';
    case 'document':
      return `#/van-ban/${route.id}`;
    case 'documents':
      return '#/van-ban';
    case 'directive':
      return `#/van-ban-chi-dao/${route.id ?? 'moi'}`;
    case 'directives':
      return '#/van-ban-chi-dao';
    case 'tasks':
      return '#/nhiem-vu';
    case 'dashboard':
      return '#/tong-quan';
    case 'person':
      return `#/danh-ba/nguoi/${route.id}`;
    case 'directory':
      return route.tab === 'people' ? '#/danh-ba' : '#/danh-ba/to-chuc';
    case 'profile':
      return '#/ho-so';
    case 'backups':
      return '#/sao-luu';
    case 'bin':
      return '#/thung-rac';
    case 'intake':
      return route.meetingId === null ? '#/nhap-van-ban' : `#/nhap-van-ban/${route.meetingId}`;
    case 'reports':
      if (route.tab === 'lich-tuan' && route.week) return `#/bao-cao/lich-tuan/${route.week}`;
      return route.tab === 'dinh-ky' ? '#/bao-cao' : `#/bao-cao/${route.tab}`;
    case 'exchange':
      return `#/trao-doi/${EXCHANGE_TABS[route.tab]}`;
    default:
      return '#/';
  }
}

export function routeFromHash(hash: string): Route {
  const meeting = /^#\/hoi-nghi\/(\d+)$/.exec(hash);
  if (meeting) return { name: 'meeting', id: Number(meeting[1]) };
  if (hash === '#/hoi-nghi') return { name: 'meetings' };
  const documentMatch = /^#\/van-ban\/(\d+)$/.exec(hash);
  if (documentMatch) return { name: 'document', id: Number(documentMatch[1]) };
  if (hash === '#/van-ban') return { name: 'documents' };
  const directive = /^#\/van-ban-chi-dao\/(\d+|moi)$/.exec(hash);
  if (directive) return { name: 'directive', id: directive[1] === 'moi' ? null : Number(directive[1]) };
  if (hash === '#/van-ban-chi-dao') return { name: 'directives' };
  if (hash === '#/nhiem-vu') return { name: 'tasks' };
  if (hash === '#/tong-quan') return { name: 'dashboard' };
  const personMatch = /^#\/danh-ba\/nguoi\/(\d+)$/.exec(hash);
  if (personMatch) return { name: 'person', id: Number(personMatch[1]) };
  if (hash === '#/danh-ba') return { name: 'directory', tab: 'people' };
  if (hash === '#/danh-ba/to-chuc') return { name: 'directory', tab: 'organisations' };
  if (hash === '#/ho-so') return { name: 'profile' };
  if (hash === '#/sao-luu') return { name: 'backups' };
  if (hash === '#/thung-rac') return { name: 'bin' };
  const intake = /^#\/nhap-van-ban(?:\/(\d+))?$/.exec(hash);
  if (intake) return { name: 'intake', meetingId: intake[1] ? Number(intake[1]) : null };
  if (hash === '#/bao-cao') return { name: 'reports', tab: 'dinh-ky' };
  const week = /^#\/bao-cao\/lich-tuan\/(\d{4}-\d{2}-\d{2})$/.exec(hash)?.[1];
  if (week) return { name: 'reports', tab: 'lich-tuan', week };
  const reportsTab = /^#\/bao-cao\/([a-z-]+)$/.exec(hash)?.[1] as ReportsTab | undefined;
  if (reportsTab && REPORTS_TABS.includes(reportsTab)) return { name: 'reports', tab: reportsTab };
  const exchange = /^#\/trao-doi(?:\/([a-z-]+))?$/.exec(hash);
  if (exchange) {
    const tab = (Object.keys(EXCHANGE_TABS) as ExchangeTab[]).find((key) => EXCHANGE_TABS[key] === exchange[1]);
    return { name: 'exchange', tab: tab ?? 'nhan' };
  }
  return { name: 'home' };
}

/** A leave in progress: a second click while the first is still saving waits for the same answer. */
let leaving: Promise<boolean> | null = null;

export const useNavigation = create<NavigationState>((set, get) => ({
  route: routeFromHash(window.location.hash),
  async navigate(route) {
    if (leaving) await leaving;
    leaving = confirmLeave();
    let leave: boolean;
    try {
      leave = await leaving;
    } finally {
      leaving = null;
    }
    const hash = routeToHash(leave ? route : get().route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    if (leave) set({ route });
    return leave;
  },
}));

// Following the address (history, links written as "#/…") keeps the screen in step with it.
window.addEventListener('hashchange', () => {
  const route = routeFromHash(window.location.hash);
  const current = useNavigation.getState().route;
  if (routeToHash(route) !== routeToHash(current)) void useNavigation.getState().navigate(route);
});
