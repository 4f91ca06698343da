import type { CliCommand } from '../command';
import { backupCommand } from './backup';
import { exportDataCommand, importDataCommand } from './data-transfer';
import { demoCommand } from './demo';
import { exchangeCommand } from './exchange';
import { exportCommand } from './export';
import { intakeCommand } from './intake';
import { leadersCommand } from './leaders';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { scheduleCommand } from './schedule';
import { searchCommand } from './search';

/** Every command of `npm run cli`, one file each in this folder (one per line: branches add theirs). */
export const COMMANDS: readonly CliCommand[] = [
  exportCommand,
  demoCommand,
  backupCommand,
  restoreCommand,
  exportDataCommand,
  importDataCommand,
  reportCommand,
  scheduleCommand,
  intakeCommand,
  exchangeCommand,
  searchCommand,
  leadersCommand,
];
