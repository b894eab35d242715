/**
 * The toolbar popup: today at a glance, the suggestion for right now with
 * its one-click action, a quick way to log a connection, and pause.
 */
import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import { INTERACTION_LABELS } from '../../components/labels';
import { PauseControl } from '../../components/PauseControl';
import { RestingNote } from '../../components/RestingNote';
import { useRequest } from '../../components/useRequest';
import type { SuggestionView } from '../../utils/nudging/plan';
import { browser } from '../../utils/platform/browser';
import { systemClock } from '../../utils/platform/clock';
import { formatDuration } from '../../utils/platform/format';
import { request } from '../../utils/protocol/request';
import { INTERACTION_KINDS } from '../../utils/records/inputs';
import type { InteractionKind } from '../../utils/records/types';
import type { Settings } from '../../utils/settings/settings';

function Suggestion({ view, onDone }: { view: SuggestionView; onDone: () => void }) {
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

function QuickLog({ onLogged }: { onLogged: () => void }) {
  const people = useRequest('people/list', {});
  const [personId, setPersonId] = useState('');
  const [how, setHow] = useState<InteractionKind>('message');
  const [status, setStatus] = useState('');
  const active = people.state.status === 'ready' ? people.state.value.filter((p) => !p.archived) : [];
  if (active.length === 0) return null;

  async function log(event: Event) {
    event.preventDefault();
    const person = active.find((p) => p.id === personId);
    if (!person) {
      setStatus('Choose who you connected with.');
      return;
    }
    try {
      await request('interactions/log', { personId: person.id, at: systemClock.now(), how, note: '' });
      setStatus(`Logged a connection with ${person.name}.`);
      onLogged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <form class="quick-log" onSubmit={log} aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">I connected with…</h2>
      <div class="quick-log-fields">
        <label class="visually-hidden" for="quick-person">
          Who
        </label>
        <select id="quick-person" value={personId} onChange={(e) => setPersonId(e.currentTarget.value)}>
          <option value="">Choose someone</option>
          {active.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label class="visually-hidden" for="quick-how">
          How
        </label>
        <select id="quick-how" value={how} onChange={(e) => setHow(e.currentTarget.value as InteractionKind)}>
          {INTERACTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {INTERACTION_LABELS[kind]}
            </option>
          ))}
        </select>
        <button type="submit">Log</button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}

export function Popup() {
  const today = useRequest('stats/today', {});
  const suggestion = useRequest('suggest/now', {});
  const loadedSettings = useRequest('settings/get', {});
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (loadedSettings.state.status === 'ready') setSettings(loadedSettings.state.value);
  }, [loadedSettings.state]);

  const refresh = () => {
    void today.reload();
    void suggestion.reload();
  };
  const totals =
    today.state.status === 'ready'
      ? today.state.value.sites.reduce(
          (sum, site) => ({
            passiveMs: sum.passiveMs + site.passiveMs,
            nudges: sum.nudges + site.nudges,
            connections: sum.connections + site.connections,
          }),
          { passiveMs: 0, nudges: 0, connections: 0 },
        )
      : null;

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Tend</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Tend
        </button>
      </header>
      <main class="popup-main">
        <section aria-labelledby="today-heading" class="popup-today">
          <h2 id="today-heading">Today</h2>
          {today.state.status === 'error' && <p role="alert">{today.state.message}</p>}
          {totals && (
            <dl class="today-figures">
              <div>
                <dt>Passive scrolling</dt>
                <dd data-figure="passive" data-ms={totals.passiveMs}>
                  {formatDuration(totals.passiveMs)}
                </dd>
              </div>
              <div>
                <dt>Nudges</dt>
                <dd data-figure="nudges">{totals.nudges}</dd>
              </div>
              <div>
                <dt>Connections</dt>
                <dd data-figure="connections">{totals.connections}</dd>
              </div>
            </dl>
          )}
          {today.state.status === 'ready' && today.state.value.sites.some((s) => s.passiveMs > 0) && (
            <ul class="popup-sites">
              {today.state.value.sites
                .filter((s) => s.passiveMs > 0)
                .map((s) => (
                  <li key={s.site} data-site={s.site}>
                    <span>{s.siteName}</span> <span>{formatDuration(s.passiveMs)}</span>
                  </li>
                ))}
            </ul>
          )}
          {totals && totals.passiveMs === 0 && (
            <p class="muted">No passive scrolling counted today. Tend watches the feeds of the sites you keep on.</p>
          )}
        </section>

        {suggestion.state.status === 'ready' && suggestion.state.value.kind === 'suggestion' && (
          <Suggestion view={suggestion.state.value.view} onDone={refresh} />
        )}
        {suggestion.state.status === 'ready' && suggestion.state.value.kind === 'no-people' && (
          <section class="popup-suggestion">
            <h2>Who would you like to be closer to?</h2>
            <p>
              Add the first few people, and Tend will suggest one small step toward one of them when you drift into
              scrolling.
            </p>
            <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
              Add people
            </button>
          </section>
        )}

        {suggestion.state.status === 'ready' && suggestion.state.value.kind === 'resting' && (
          <section aria-labelledby="resting-heading" class="popup-suggestion">
            <h2 id="resting-heading">Nothing to suggest right now</h2>
            <RestingNote resting={suggestion.state.value.resting} />
          </section>
        )}

        <QuickLog onLogged={refresh} />

        {settings && (
          <section aria-label="Pause" class="popup-pause">
            <PauseControl settings={settings} onChange={setSettings} />
          </section>
        )}
      </main>
    </div>
  );
}
