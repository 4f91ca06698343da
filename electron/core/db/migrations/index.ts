import type { Migration } from '../migration';
import { migration001 } from './001-initial';
import { migration002 } from './002-documents';
import { migration003 } from './003-directives';
import { migration004 } from './004-tasks';
import { migration005 } from './005-write-path';
import { migration006 } from './006-bin';
import { migration007 } from './007-reports';
import { migration008 } from './008-exchange';
import { migration009 } from './009-task-counts';
import { migration011 } from './011-file-names';
import { migration013 } from './013-cited-directives';

/**
 * Append-only, in order. Numbers are reserved per branch (005 write path, 006 backups, 007 reports,
 * 008 exchange, 009 search, 010 input, 011 drafts, 012 screens, 013 records), so a gap is allowed until the branch holding a missing number lands.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration011,
  migration013,
];
