import { readEarly } from './api/early-reads';
import { routeFromHash } from './store/navigation';

/*
 * Imported first by main.tsx, so that it runs before antd, React and the screens are evaluated:
 * the profile (which decides between the first-run screen and the app) and the home screen's
 * figures are asked for at once. The home screen takes them from here (api/early-reads.ts).
 */
readEarly('profile:get', undefined);
if (routeFromHash(window.location.hash).name === 'home') {
  readEarly('home:overview', undefined);
  readEarly('reports:duties', undefined);
  readEarly('backups:status', undefined);
}
