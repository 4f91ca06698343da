import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { exportDataCommand, importDataCommand } from './data-transfer';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { restoreCommand } from './restore';

/** Every command of `npm run cli`, one file each in this folder. */
export const COMMANDS: readonly CliCommand[] = [exportCommand, demoCommand, backupCommand, restoreCommand, exportDataCommand, importDataCommand];
