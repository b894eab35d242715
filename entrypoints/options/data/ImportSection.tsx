/** Import a backup file: choose it, check and preview what would change, then apply it. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { MAX_BACKUP_BYTES } from '../../../utils/backup/backup-file';
import type { ImportMode, ImportPreview } from '../../../utils/backup/merge';
import { request } from '../../../utils/protocol/request';

const STORES = [
  ['people', 'People'],
  ['moments', 'Things they shared'],
  ['interactions', 'Connections'],
  ['nudges', 'Nudges'],
  ['days', 'Daily totals'],
] as const;

export function ImportSection({ onChanged }: { onChanged: () => void }) {
  const [fileText, setFileText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [importError, setImportError] = useState('');
  const [importStatus, setImportStatus] = useState('');

  async function check(text: string, nextMode: ImportMode) {
    setPreview(null);
    setImportStatus('');
    try {
      setPreview(await request('backup/preview', { text, mode: nextMode }));
      setImportError('');
    } catch (error) {
      setImportError(messageOf(error));
    }
  }

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPreview(null);
    setImportStatus('');
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_BACKUP_BYTES) {
      setFileText(null);
      setImportError(`${file.name} is larger than 20 MB; Tend backups are much smaller.`);
      return;
    }
    const text = await file.text();
    setFileText(text);
    await check(text, mode);
  }

  async function apply() {
    if (fileText === null) return;
    try {
      await request('backup/import', { text: fileText, mode });
      setImportStatus(`Imported ${fileName}.`);
      setPreview(null);
      setFileText(null);
      onChanged();
    } catch (error) {
      setImportError(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="import-heading" class="card">
      <h2 id="import-heading">Import</h2>
      <p class="muted">Bring back a file exported from Tend. Nothing changes until you confirm.</p>
      <div class="field">
        <label for="import-file">Backup file</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby={importError ? 'import-error' : undefined}
          onChange={(event) => void choose(event)}
        />
      </div>
      <fieldset class="import-mode">
        <legend>How to import</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m} class="check">
            <input
              type="radio"
              name="import-mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                if (fileText !== null) void check(fileText, m);
              }}
            />
            {m === 'merge'
              ? 'Merge: add what is new, update what is in both, keep the rest and your settings'
              : 'Replace: make Tend exactly what the file holds, settings included'}
          </label>
        ))}
      </fieldset>
      {importError && (
        <p id="import-error" role="alert">
          {importError}
        </p>
      )}
      {preview && (
        <div class="import-preview">
          <table>
            <caption>What importing {fileName} will change</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" class="number">
                  New
                </th>
                <th scope="col" class="number">
                  Updated
                </th>
                <th scope="col" class="number">
                  Unchanged
                </th>
                <th scope="col" class="number">
                  Removed
                </th>
              </tr>
            </thead>
            <tbody>
              {STORES.map(([store, label]) => (
                <tr key={store} data-store={store}>
                  <th scope="row">{label}</th>
                  <td class="number">{preview[store].added}</td>
                  <td class="number">{preview[store].updated}</td>
                  <td class="number">{preview[store].unchanged}</td>
                  <td class="number">{preview[store].removed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">Settings: {preview.settings === 'kept' ? 'yours are kept' : 'replaced by the file’s'}.</p>
          <button type="button" class="primary" onClick={() => void apply()}>
            {mode === 'merge' ? 'Merge this file' : 'Replace everything with this file'}
          </button>
        </div>
      )}
      <p role="status" class="status">
        {importStatus}
      </p>
    </section>
  );
}
