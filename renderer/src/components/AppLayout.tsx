import { CalendarOutlined, FileTextOutlined, HomeOutlined, SettingOutlined, SnippetsOutlined, TeamOutlined } from '@ant-design/icons';
import { AuditOutlined, DashboardOutlined, DeleteOutlined, SafetyOutlined, ScheduleOutlined, SwapOutlined } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useNavigation, type Route } from '../store/navigation';
import { useProfile } from '../store/profile';
import { useUi } from '../store/ui';
import { readRestore } from '../screens/backups/restore-session';
import { GlobalSearch } from './search/GlobalSearch';
import { useOpenedOnce } from './useOpenedOnce';

// Off the first bundle: the dialog's form and date picker load when it is first opened, the
// banner only after a restore.
const NewMeetingDialog = lazy(() => import('../screens/meetings/NewMeetingDialog').then((m) => ({ default: m.NewMeetingDialog })));
const RestoreBanner = lazy(() => import('../screens/backups/RestoreBanner').then((m) => ({ default: m.RestoreBanner })));

const SECTIONS: Array<{ key: string; label: string; icon: ReactNode; route: Route }> = [
  { key: 'home', label: 'Trang chủ', icon: <HomeOutlined />, route: { name: 'home' } },
  { key: 'dashboard', label: 'Tổng quan', icon: <DashboardOutlined />, route: { name: 'dashboard' } },
  { key: 'meetings', label: 'Hội nghị', icon: <CalendarOutlined />, route: { name: 'meetings' } },
  { key: 'tasks', label: 'Nhiệm vụ', icon: <ScheduleOutlined />, route: { name: 'tasks' } },
  { key: 'documents', label: 'Văn bản', icon: <FileTextOutlined />, route: { name: 'documents' } },
  { key: 'reports', label: 'Báo cáo', icon: <AuditOutlined />, route: { name: 'reports', tab: 'dinh-ky' } },
  { key: 'directives', label: 'Văn bản chỉ đạo', icon: <SnippetsOutlined />, route: { name: 'directives' } },
  { key: 'exchange', label: 'Cấp trên, cấp dưới', icon: <SwapOutlined />, route: { name: 'exchange', tab: 'nhan' } },
  { key: 'directory', label: 'Danh bạ', icon: <TeamOutlined />, route: { name: 'directory', tab: 'people' } },
  { key: 'profile', label: 'Hồ sơ Ủy ban', icon: <SettingOutlined />, route: { name: 'profile' } },
  { key: 'backups', label: 'Sao lưu và khôi phục', icon: <SafetyOutlined />, route: { name: 'backups' } },
  { key: 'bin', label: 'Thùng rác', icon: <DeleteOutlined />, route: { name: 'bin' } },
];

function sectionOf(route: Route): string {
  if (route.name === 'meeting' || route.name === 'intake') return 'meetings';
  if (route.name === 'document') return 'documents';
  if (route.name === 'directive') return 'directives';
  if (route.name === 'person') return 'directory';
  return route.name;
}

export function AppLayout({ children }: { children: ReactNode }) {
  const route = useNavigation((s) => s.route);
  const navigate = useNavigation((s) => s.navigate);
  const committeeName = useProfile((s) => s.profile?.committeeName ?? '');
  const newMeetingNeeded = useOpenedOnce(useUi((s) => s.newMeetingOpen));
  const [restored] = useState(() => readRestore() !== null);
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={232} theme="light" style={{ borderRight: '1px solid #eee' }}>
        <div style={{ padding: '20px 20px 12px' }}>
          <div style={{ fontWeight: 700, fontSize: 17, color: '#b71c1c' }}>Sổ tay Mặt trận</div>
          <div className="muted" style={{ fontSize: 13, marginTop: 4 }}>
            {committeeName}
          </div>
        </div>
        <nav aria-label="Điều hướng chính">
          <Menu
            mode="inline"
            selectedKeys={[sectionOf(route)]}
            items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: s.label }))}
            onClick={({ key }) => {
              const section = SECTIONS.find((s) => s.key === key);
              if (section) void navigate(section.route);
            }}
            style={{ borderInlineEnd: 'none' }}
            // The menu is never collapsed, so its items' tooltips never show: not drawn at all.
            tooltip={false}
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ overflow: 'auto' }}>
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
      </Layout.Content>
    </Layout>
  );
}
