import type { Migration } from '../migration';
import { migration001 } from './001-initial';
import { migration002 } from './002-documents';
import { migration003 } from './003-directives';
import { migration004 } from './004-tasks';
import { migration005 } from './005-write-path';
import { migration008 } from './008-exchange';

/** Append-only, in order. 006 and 007 are reserved for other branches (see the brief's numbering). */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration008];
