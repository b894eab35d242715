/** The popup's suggestion for right now: open the message, copy it, or say it is done. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import type { SuggestionView } from '../../utils/nudging/plan';
import { browser } from '../../utils/platform/browser';
import { request } from '../../utils/protocol/request';

export function Suggestion({ view, onDone }: { view: SuggestionView; onDone: () => void }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(view.draft.body);
      setStatus('Copied the message.');
    } catch {
      setStatus('Could not copy here; open Tend to copy it.');
    }
  }
  async function done() {
    try {
      await request('suggest/done', { personId: view.personId, actionId: view.actionId, momentId: view.momentId });
      setStatus(`Logged. ${view.personName}'s last contact is today.`);
      onDone();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }
  return (
    <section aria-labelledby="suggestion-title" class="popup-suggestion">
      <p class="muted popup-label">Right now, you could</p>
      <h2 id="suggestion-title">{view.title}</h2>
      <p>{view.reason}</p>
      <div class="button-row">
        {view.links[0] && (
          <button
            type="button"
            class="primary"
            onClick={() => void browser.tabs.create({ url: view.links[0]?.url ?? '', active: true })}
          >
            {view.links[0].verb}
          </button>
        )}
        <button type="button" class={view.links[0] ? '' : 'primary'} onClick={() => void copy()}>
          Copy message
        </button>
        <button type="button" onClick={() => void done()}>
          I did it
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
