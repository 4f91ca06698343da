import { CalendarOutlined, FileTextOutlined, HomeOutlined, SettingOutlined, SnippetsOutlined, TeamOutlined } from '@ant-design/icons';
import { AuditOutlined, DashboardOutlined, DeleteOutlined, SafetyOutlined, ScheduleOutlined, SwapOutlined } from '@ant-design/icons';
import type { MouseEvent, ReactNode } from 'react';
import { routeToHash, useNavigation, type Route } from '../store/navigation';

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

/** The sidebar item a screen belongs to: a meeting's page lights "Hội nghị", and so on. */
function sectionOf(route: Route): string {
  if (route.name === 'meeting' || route.name === 'intake') return 'meetings';
  if (route.name === 'document') return 'documents';
  if (route.name === 'directive') return 'directives';
  if (route.name === 'person') return 'directory';
  return route.name;
}

/**
 * The app's sections as a list of links (WAI-ARIA's navigation pattern: a screen reader says
 * "liên kết", the current one "trang hiện tại"; Tab moves through them). Plain elements rather
 * than antd's Menu: the Menu (rc-menu with its overflow measuring, motion and tooltips) cost
 * about 100 ms of the first paint for a list that never collapses, scrolls or opens a submenu —
 * see the README, "The window: first paint and typing".
 */
export function SidebarNav() {
  const current = useNavigation((s) => sectionOf(s.route));
  const navigate = useNavigation((s) => s.navigate);
  const open = (event: MouseEvent<HTMLAnchorElement>, route: Route) => {
    // The leave guard decides (navigation.ts); the address changes only if the user leaves.
    event.preventDefault();
    void navigate(route);
  };
  return (
    <nav aria-label="Điều hướng chính">
      <ul className="sidebar-nav">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <a
              href={routeToHash(section.route)}
              aria-current={section.key === current ? 'page' : undefined}
              onClick={(event) => open(event, section.route)}
            >
              <span className="sidebar-nav-icon" aria-hidden>
                {section.icon}
              </span>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
