import type { CliCommand } from '../command';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { searchCommand } from './search';

/** Every command of `npm run cli`, one file each in this folder. */
export const COMMANDS: readonly CliCommand[] = [exportCommand, demoCommand, searchCommand];
