import { Result, Skeleton, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { errorMessage } from './api/client';
import { AppLayout } from './components/AppLayout';
import { useAppEvents } from './components/useAppEvents';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { TaskDrawer } from './screens/tasks/TaskDrawer';
import { TasksScreen } from './screens/tasks/TasksScreen';
import { DirectoryScreen } from './screens/directory/DirectoryScreen';
import { DirectiveScreen } from './screens/directive/DirectiveScreen';
import { DirectivesScreen } from './screens/directives/DirectivesScreen';
import { DocumentsScreen } from './screens/documents/DocumentsScreen';
import { HomeScreen } from './screens/home/HomeScreen';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { MeetingsScreen } from './screens/meetings/MeetingsScreen';
import { FirstRunScreen } from './screens/profile/FirstRunScreen';
import { ProfileScreen } from './screens/profile/ProfileScreen';
import { useNavigation } from './store/navigation';
import { useProfile } from './store/profile';

// The document editor (TipTap) and the Word preview are loaded when first opened, so that the
// first screen paints without them.
const DocumentScreen = lazy(() => import('./screens/document/DocumentScreen').then((m) => ({ default: m.DocumentScreen })));

export function App() {
  const profile = useProfile((s) => s.profile);
  const loadProfile = useProfile((s) => s.load);
  const route = useNavigation((s) => s.route);
  const [loadError, setLoadError] = useState<string | null>(null);
  useAppEvents();

  useEffect(() => {
    loadProfile().catch((error: unknown) => setLoadError(errorMessage(error)));
  }, [loadProfile]);

  if (loadError) return <Result status="error" title="Không đọc được dữ liệu" subTitle={loadError} />;
  if (profile === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100%' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (profile === null) return <FirstRunScreen />;

  return (
    <AppLayout>
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'meetings' && <MeetingsScreen />}
      {route.name === 'meeting' && <MeetingScreen key={route.id} id={route.id} />}
      {route.name === 'documents' && <DocumentsScreen />}
      {route.name === 'document' && (
        <Suspense fallback={<Skeleton active style={{ padding: 32 }} />}>
          <DocumentScreen key={route.id} id={route.id} />
        </Suspense>
      )}
      {route.name === 'directives' && <DirectivesScreen />}
      {route.name === 'directive' && (
        <DirectiveScreen key={route.id ?? `moi-${route.prefillSymbol ?? ''}`} id={route.id} prefillSymbol={route.prefillSymbol} linkMeetingId={route.linkMeetingId} />
      )}
      {route.name === 'directory' && <DirectoryScreen tab={route.tab} />}
      {route.name === 'profile' && <ProfileScreen />}
      {route.name === 'tasks' && <TasksScreen />}
      {route.name === 'dashboard' && <DashboardScreen />}
      <TaskDrawer />
    </AppLayout>
  );
}
