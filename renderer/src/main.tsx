// First (in the build it also runs as its own entry, before this one is loaded: see electron.vite.config.ts).
import './startup-reads';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
// antd's styles as one static file (zeroRuntime below): no style is generated while the screens render.
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query';
import { useProfile } from './store/profile';
import { App } from './App';
import { listenToAppEvents } from './components/app-events';
import { hideDecorativeIcons } from './components/decorative-icons';
import './styles.css';

dayjs.extend(customParseFormat);
dayjs.locale('vi');
hideDecorativeIcons();
listenToAppEvents();

const root = createRoot(document.getElementById('root')!);

/*
 * Drawn once the profile (first-run screen or app) and the first screen's data are in
 * (startup-reads.ts): a first drawing before them kept the page busy while their answers waited
 * to be taken in, and was thrown away. Until then index.html shows "Đang mở dữ liệu…". `load`
 * never throws: a failure is drawn as StartupError.
 */
function drawApp(): void {
  root.render(
    <StrictMode>
      <ConfigProvider
        locale={viVN}
        theme={{
          // The theme's tokens still reach the static styles as CSS variables, set once at start-up.
          zeroRuntime: true,
          token: {
            // A calm blue: a red accent colour would make every focused field look like an error.
            colorPrimary: '#1f4e8c',
            fontFamily: "'Segoe UI', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
            fontSize: 15,
            borderRadius: 6,
          },
        }}
      >
        <QueryClientProvider client={queryClient}>
          {/* Notices (a file exported, an error) rise from the bottom right: the top right holds every screen's main buttons. */}
          <AntApp notification={{ placement: 'bottomRight' }}>
            <App />
          </AntApp>
        </QueryClientProvider>
      </ConfigProvider>
    </StrictMode>,
  );
}

void useProfile.getState().load().then(drawApp);
