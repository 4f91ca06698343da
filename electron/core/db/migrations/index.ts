import type { Migration } from '../migration';
import { migration001 } from './001-initial';

/** Append-only, in order. */
export const MIGRATIONS: readonly Migration[] = [migration001];
