import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import { DB_NAME, type TendDB } from './schema';

export interface OpenOptions {
  /** Open at an older version; only the migration tests need this. */
  version?: number;
  /** Called when this connection had to close so a newer version could open, or the browser closed it. */
  onClose?: () => void;
}

/** Opens Tend's database, running every migration between the stored version and the target. */
export function openTendDB(options: OpenOptions = {}): Promise<IDBPDatabase<TendDB>> {
  const target = options.version ?? DB_VERSION;
  return openDB<TendDB>(DB_NAME, target, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= target; version++) {
        const migrate = migrations[version];
        if (!migrate) throw new Error(`No migration to database version ${version}`);
        await migrate(db, tx);
      }
    },
    // A newer version is waiting for us: step aside so its upgrade never hangs.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
}
