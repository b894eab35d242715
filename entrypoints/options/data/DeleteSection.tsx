/** Delete everything Tend keeps and reset its settings, after a confirmation. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { request } from '../../../utils/protocol/request';

export function DeleteSection({ onChanged }: { onChanged: () => void }) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteStatus, setDeleteStatus] = useState('');

  async function deleteAll() {
    try {
      await request('data/delete-all', { confirm: 'delete everything' });
      setConfirmDelete(false);
      setDeleteStatus('Everything Tend kept is deleted, and settings are back to their defaults.');
      onChanged();
    } catch (error) {
      setDeleteStatus(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="delete-heading" class="card">
      <h2 id="delete-heading">Delete everything</h2>
      <p class="muted">Removes every person, note, connection, nudge and total Tend keeps, and resets its settings.</p>
      {!confirmDelete ? (
        <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
          Delete everything…
        </button>
      ) : (
        <fieldset class="confirm">
          <legend>This cannot be undone. Export first if you might want it back.</legend>
          <button type="button" class="danger" onClick={() => void deleteAll()}>
            Yes, delete everything
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep my data
          </button>
        </fieldset>
      )}
      <p role="status" class="status">
        {deleteStatus}
      </p>
    </section>
  );
}
