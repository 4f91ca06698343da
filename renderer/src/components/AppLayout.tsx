import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useProfile } from '../store/profile';
import { useUi } from '../store/ui';
import { readRestore } from '../screens/backups/restore-session';
import { GlobalSearch } from './search/GlobalSearch';
import { SidebarNav } from './SidebarNav';
import { useOpenedOnce } from './useOpenedOnce';

// Off the first bundle: the dialog's form and date picker load when it is first opened, the
// banner only after a restore.
const NewMeetingDialog = lazy(() => import('../screens/meetings/NewMeetingDialog').then((m) => ({ default: m.NewMeetingDialog })));
const RestoreBanner = lazy(() => import('../screens/backups/RestoreBanner').then((m) => ({ default: m.RestoreBanner })));

export function AppLayout({ children }: { children: ReactNode }) {
  const committeeName = useProfile((s) => s.profile?.committeeName ?? '');
  const newMeetingNeeded = useOpenedOnce(useUi((s) => s.newMeetingOpen));
  const [restored] = useState(() => readRestore() !== null);
  return (
    // Plain elements for the frame of every screen: antd's Layout added a responsive watcher and
    // a second <main> landmark around the screen's own.
    <div className="app-shell">
      <aside className="app-sidebar">
        <div className="app-sidebar-title">
          <div className="app-name">Sổ tay Mặt trận</div>
          <div className="muted app-committee">{committeeName}</div>
        </div>
        <SidebarNav />
      </aside>
      <div className="app-content">
        {/* Always in sight: the search box stays at the top while the screen scrolls under it. */}
        <header className="top-bar">
          <GlobalSearch />
        </header>
        {restored && (
          <Suspense fallback={null}>
            <RestoreBanner />
          </Suspense>
        )}
        <main>{children}</main>
        {newMeetingNeeded && (
          <Suspense fallback={null}>
            <NewMeetingDialog />
          </Suspense>
        )}
      </div>
    </div>
  );
}
