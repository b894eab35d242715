/** Export everything Tend keeps to one downloaded file. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { systemClock } from '../../../utils/platform/clock';
import { dayKey } from '../../../utils/platform/day';
import { request } from '../../../utils/protocol/request';

export function ExportSection() {
  const [exportStatus, setExportStatus] = useState('');

  async function exportAll() {
    try {
      const backup = await request('backup/export', {});
      const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `tend-backup-${dayKey(systemClock.now())}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setExportStatus(
        `Exported ${backup.people.length} people and ${backup.nudges.length} nudges to ${link.download}.`,
      );
    } catch (error) {
      setExportStatus(`Could not export: ${messageOf(error)}`);
    }
  }

  return (
    <section aria-labelledby="export-heading" class="card">
      <h2 id="export-heading">Export</h2>
      <p class="muted">
        Save everything Tend keeps — people, what they shared, connections, nudges, settings — to one file.
      </p>
      <button type="button" onClick={() => void exportAll()}>
        Export to a file
      </button>
      <p role="status" class="status">
        {exportStatus}
      </p>
    </section>
  );
}
