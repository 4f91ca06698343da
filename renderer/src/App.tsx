import { Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { AppLayout } from './components/AppLayout';
import { LeaveGuardHost } from './components/LeaveGuardHost';
import { useOpenedOnce } from './components/useOpenedOnce';
import { HomeScreen } from './screens/home/HomeScreen';
import { useNavigation } from './store/navigation';
import { useProfile } from './store/profile';
import { useTaskDrawer } from './store/task-view';

/*
 * Only the home screen is in the first bundle; every other screen (and what it pulls in: the
 * TipTap editor, the Word preview, charts) is loaded the first time it is opened, so that the
 * window paints its first screen quickly.
 */
const MeetingsScreen = lazy(() => import('./screens/meetings/MeetingsScreen').then((m) => ({ default: m.MeetingsScreen })));
const MeetingScreen = lazy(() => import('./screens/meeting/MeetingScreen').then((m) => ({ default: m.MeetingScreen })));
const DocumentsScreen = lazy(() => import('./screens/documents/DocumentsScreen').then((m) => ({ default: m.DocumentsScreen })));
const DocumentScreen = lazy(() => import('./screens/document/DocumentScreen').then((m) => ({ default: m.DocumentScreen })));
const DirectivesScreen = lazy(() => import('./screens/directives/DirectivesScreen').then((m) => ({ default: m.DirectivesScreen })));
const DirectiveScreen = lazy(() => import('./screens/directive/DirectiveScreen').then((m) => ({ default: m.DirectiveScreen })));
const DirectoryScreen = lazy(() => import('./screens/directory/DirectoryScreen').then((m) => ({ default: m.DirectoryScreen })));
const ProfileScreen = lazy(() => import('./screens/profile/ProfileScreen').then((m) => ({ default: m.ProfileScreen })));
const TasksScreen = lazy(() => import('./screens/tasks/TasksScreen').then((m) => ({ default: m.TasksScreen })));
const DashboardScreen = lazy(() => import('./screens/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));
const ExchangeScreen = lazy(() => import('./screens/exchange/ExchangeScreen').then((m) => ({ default: m.ExchangeScreen })));
const TaskDrawer = lazy(() => import('./screens/tasks/TaskDrawer').then((m) => ({ default: m.TaskDrawer })));
const BackupsScreen = lazy(() => import('./screens/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
const BinScreen = lazy(() => import('./screens/bin/BinScreen').then((m) => ({ default: m.BinScreen })));
const IntakeScreen = lazy(() => import('./screens/intake/IntakeScreen').then((m) => ({ default: m.IntakeScreen })));
const ReportsScreen = lazy(() => import('./screens/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
const PersonScreen = lazy(() => import('./screens/person/PersonScreen').then((m) => ({ default: m.PersonScreen })));
const StartupError = lazy(() => import('./components/StartupError').then((m) => ({ default: m.StartupError })));
const FirstRunScreen = lazy(() => import('./screens/profile/FirstRunScreen').then((m) => ({ default: m.FirstRunScreen })));

function Loading(): ReactNode {
  return <Skeleton active style={{ padding: 32 }} />;
}

export function App() {
  const profile = useProfile((s) => s.profile);
  const loadError = useProfile((s) => s.loadError);
  const route = useNavigation((s) => s.route);
  // The task drawer's code is fetched the first time a task is opened, not with the first screen.
  const taskDrawerNeeded = useOpenedOnce(useTaskDrawer((s) => s.openId !== null));

  if (loadError) {
    return (
      <Suspense fallback={null}>
        <StartupError message={loadError} />
      </Suspense>
    );
  }
  if (profile === undefined) {
    // Not shown at start-up (main.tsx draws once the profile is read; index.html holds the same
    // words meanwhile), only if the profile were read again.
    return (
      <div className="app-starting" role="status">
        Đang mở dữ liệu…
      </div>
    );
  }
  if (profile === null) {
    return (
      <Suspense fallback={<Loading />}>
        <FirstRunScreen />
      </Suspense>
    );
  }

  return (
    <AppLayout>
      <LeaveGuardHost />
      <Suspense fallback={<Loading />}>
        {route.name === 'home' && <HomeScreen />}
        {route.name === 'meetings' && <MeetingsScreen />}
        {route.name === 'meeting' && <MeetingScreen key={route.id} id={route.id} />}
        {route.name === 'documents' && <DocumentsScreen />}
        {route.name === 'document' && <DocumentScreen key={route.id} id={route.id} />}
        {route.name === 'directives' && <DirectivesScreen />}
        {route.name === 'directive' && (
          <DirectiveScreen
            key={route.id ?? `moi-${route.prefillSymbol ?? ''}`}
            id={route.id}
            prefillSymbol={route.prefillSymbol}
            linkMeeting={route.linkMeeting}
          />
        )}
        {route.name === 'directory' && <DirectoryScreen tab={route.tab} />}
        {route.name === 'person' && <PersonScreen key={route.id} id={route.id} />}
        {route.name === 'profile' && <ProfileScreen />}
        {route.name === 'tasks' && <TasksScreen />}
        {route.name === 'dashboard' && <DashboardScreen />}
        {route.name === 'backups' && <BackupsScreen />}
        {route.name === 'bin' && <BinScreen />}
        {route.name === 'intake' && <IntakeScreen key={route.meetingId ?? 'moi'} meetingId={route.meetingId} />}
        {route.name === 'reports' && <ReportsScreen tab={route.tab} week={route.week} />}
        {route.name === 'exchange' && <ExchangeScreen tab={route.tab} />}
      </Suspense>
      {taskDrawerNeeded && (
        <Suspense fallback={null}>
          <TaskDrawer />
        </Suspense>
      )}
    </AppLayout>
  );
}
