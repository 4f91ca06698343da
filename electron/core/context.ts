import type { BackupService } from './backup/service';
import type { Db } from './db/open';

/**
 * What only the desktop shell can do (native dialogs, the file manager). Electron provides it;
 * the e2e harness and the command line provide their own, so handlers stay plain Node.
 */
export interface Platform {
  /**
   * Asks the user where to save a file, starting from `defaultFileName` in the documents folder;
   * the dialog offers files of that name's type (.docx, .xlsx, .mttq). Resolves to null when the
   * user cancels. The system dialog itself asks before replacing a file.
   */
  chooseSavePath(defaultFileName: string): Promise<string | null>;
  /** Opens the folder holding `filePath` with the file selected. */
  showInFolder(filePath: string): void;
  /**
   * Asks the user for files to attach (PDF, Word, images; several at once). Resolves to the
   * chosen paths, or an empty list when the user cancels.
   */
  chooseOpenFiles(): Promise<string[]>;
  /**
   * Asks the user for one exchange package (.mttq) to import. Resolves to its path, or null when
   * the user cancels. Optional: only the shells that import packages provide it.
   */
  chooseOpenPackage?(): Promise<string | null>;
  /** Opens a file with the system's viewer; rejects with the system's reason when it cannot. */
  openFile(filePath: string): Promise<void>;
  /** Asks for a folder (the second place for backups); null when the user cancels. */
  chooseFolder?(title: string): Promise<string | null>;
  /** Asks for a backup or an exported data file to open; null when the user cancels. */
  chooseBackupFile?(title: string): Promise<string | null>;
  /** Asks where to save the exported data file (.zip); null when the user cancels. */
  chooseExportPath?(defaultFileName: string): Promise<string | null>;
}

/**
 * What every handler and service works with: the open database and a clock (fixed in tests).
 * `db` and `schemaVersion` change when a backup is restored: read them from the context on each call.
 */
export interface CoreContext {
  db: Db;
  now: () => Date;
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  platform?: Platform;
  /** Backups, restore, the second place; absent where nothing backs up (some unit tests). */
  backups?: BackupService;
  /**
   * The search index is built in the background (the app, the e2e harness): searches never wait
   * for a build, they answer from what is built with how far it is. Without it (CLI, unit tests),
   * a search that needs the index builds it first, in one go.
   */
  searchIndexInBackground?: boolean;
}
