export { BackupService, defaultBackupPaths, type BackupPaths, type BackupServiceOptions } from './service';
export { createBackup, createBackupSync, countRows, type CreatedBackup, type BackupSource } from './create';
export { listStoredBackups, type StoredBackup } from './catalog';
export { prepareRestore, discardStaged, type PreparedRestore, type RestoreTarget } from './prepare-restore';
export { commitRestore, finishInterruptedRestore, type LiveConnection } from './swap';
export { chooseBackupsToKeep, DEFAULT_POLICY, type RetentionPolicy } from './retention';
