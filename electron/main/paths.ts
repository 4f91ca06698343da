import path from 'node:path';

/** Where the user's data lives inside Electron's user-data folder. */
export function dataPaths(userDataDir: string) {
  const dataDir = path.join(userDataDir, 'du-lieu');
  return {
    dataDir,
    databaseFile: path.join(dataDir, 'so-tay-mat-tran.sqlite3'),
    backupDir: path.join(dataDir, 'sao-luu'),
    attachmentsDir: path.join(dataDir, 'tep-dinh-kem'),
  };
}
