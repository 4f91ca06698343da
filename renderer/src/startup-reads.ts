import { readEarly } from './api/early-reads';
import { routeFromHash } from './store/navigation';

/*
 * The profile (which decides between the first-run screen and the app) and the home screen's
 * figures, asked for at once. In the build this module is an entry of its own, loaded by a script
 * tag before the app's (electron.vite.config.ts): it runs as soon as its few modules are loaded,
 * while antd, React and the screens are still loading. main.tsx imports it first too (the same
 * module, run once), which is what happens in `npm run dev`. The first screen takes the answers
 * from api/early-reads.ts.
 */
readEarly('profile:get', undefined);
if (routeFromHash(window.location.hash).name === 'home') {
  readEarly('home:overview', undefined);
  readEarly('reports:duties', undefined);
  readEarly('backups:status', undefined);
}
