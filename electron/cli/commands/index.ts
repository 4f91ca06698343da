import type { CliCommand } from '../command';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { intakeCommand } from './intake';

/** Every command of `npm run cli`, one file each in this folder. */
export const COMMANDS: readonly CliCommand[] = [exportCommand, demoCommand, intakeCommand];
