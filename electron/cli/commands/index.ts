import type { CliCommand } from '../command';
import { demoCommand } from './demo';
import { exchangeCommand } from './exchange';
import { exportCommand } from './export';

/** Every command of `npm run cli`, one file each in this folder. */
export const COMMANDS: readonly CliCommand[] = [exportCommand, demoCommand, exchangeCommand];
