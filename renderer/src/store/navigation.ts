import { create } from 'zustand';

export type Route =
  | { name: 'home' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: number }
  | { name: 'documents' }
  | { name: 'document'; id: number }
  | { name: 'tasks' }
  | { name: 'dashboard' }
  | { name: 'directives' }
  /** id null: a new entry, optionally prefilled from a meeting page (symbol typed there, meeting to link). */
  | { name: 'directive'; id: number | null; prefillSymbol?: string; linkMeetingId?: number }
  | { name: 'directory'; tab: 'people' | 'organisations' }
  /** "Nhập từ văn bản": a new meeting read from a text, or more for an existing one. */
  | { name: 'intake'; meetingId: number | null }
  | { name: 'profile' };

/** Runs before leaving a screen (the meeting editor saves pending edits); navigation waits for it. */
type LeaveGuard = () => Promise<void>;

interface NavigationState {
  route: Route;
  leaveGuard: LeaveGuard | null;
  navigate(route: Route): Promise<void>;
  setLeaveGuard(guard: LeaveGuard | null): void;
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
    case 'directory':
      return route.tab === 'people' ? '#/danh-ba' : '#/danh-ba/to-chuc';
    case 'profile':
      return '#/ho-so';
    case 'intake':
      return route.meetingId === null ? '#/nhap-van-ban' : `#/nhap-van-ban/${route.meetingId}`;
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
  if (hash === '#/danh-ba') return { name: 'directory', tab: 'people' };
  if (hash === '#/danh-ba/to-chuc') return { name: 'directory', tab: 'organisations' };
  if (hash === '#/ho-so') return { name: 'profile' };
  const intake = /^#\/nhap-van-ban(?:\/(\d+))?$/.exec(hash);
  if (intake) return { name: 'intake', meetingId: intake[1] ? Number(intake[1]) : null };
  return { name: 'home' };
}

export const useNavigation = create<NavigationState>((set, get) => ({
  route: routeFromHash(window.location.hash),
  leaveGuard: null,
  async navigate(route) {
    const guard = get().leaveGuard;
    if (guard) await guard();
    set({ route, leaveGuard: null });
    const hash = routeToHash(route);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  },
  setLeaveGuard(guard) {
    set({ leaveGuard: guard });
  },
}));

// Following the address (history, links written as "#/…") keeps the screen in step with it.
window.addEventListener('hashchange', () => {
  const route = routeFromHash(window.location.hash);
  const current = useNavigation.getState().route;
  if (routeToHash(route) !== routeToHash(current)) void useNavigation.getState().navigate(route);
});
