import { CalendarOutlined, FileTextOutlined, HomeOutlined, SettingOutlined, SnippetsOutlined, TeamOutlined } from '@ant-design/icons';
import { AuditOutlined, DashboardOutlined, DeleteOutlined, SafetyOutlined, ScheduleOutlined, SwapOutlined } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useNavigation, type Route } from '../store/navigation';
import { useProfile } from '../store/profile';
import { NewMeetingDialog } from '../screens/meetings/NewMeetingDialog';
import { GlobalSearch } from './search/GlobalSearch';
import { RestoreBanner } from '../screens/backups/RestoreBanner';

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
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ overflow: 'auto' }}>
        {/* Always in sight: the search box stays at the top while the screen scrolls under it. */}
        <header className="top-bar">
          <GlobalSearch />
        </header>
        <RestoreBanner />
        <main>{children}</main>
        <NewMeetingDialog />
      </Layout.Content>
    </Layout>
  );
}
