/**
 * The toolbar popup: today at a glance, the suggestion for right now with
 * its one-click action, a quick way to log a connection, and pause.
 */
import { PauseControl } from '../../components/PauseControl';
import { RestingNote } from '../../components/RestingNote';
import { useRequest } from '../../components/useRequest';
import { useSettings } from '../../components/useSettings';
import { browser } from '../../utils/platform/browser';
import { durationShares } from '../../utils/platform/duration-shares';

import { AskedLater } from './AskedLater';
import { QuickLog } from './QuickLog';
import { Suggestion } from './Suggestion';

export function Popup() {
  const today = useRequest('stats/today', {});
  const suggestion = useRequest('suggest/now', {});
  // What sits below the suggestion is asked for once it has come: asked beside it, those requests would
  // share the background with it and hold back what the user opened the popup for.
  const belowAsked = suggestion.state.status !== 'loading';

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
  // The rows' figures are shared out of the total's, so what the popup shows adds up.
  const sitesWithTime = today.state.status === 'ready' ? today.state.value.sites.filter((s) => s.passiveMs > 0) : [];
  const figures = durationShares(sitesWithTime.map((s) => s.passiveMs));

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
                  {figures.total}
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
          {sitesWithTime.length > 0 && (
            <ul class="popup-sites">
              {sitesWithTime.map((s, index) => (
                <li key={s.site} data-site={s.site} data-ms={s.passiveMs}>
                  <span>{s.siteName}</span> <span class="site-figure">{figures.parts[index]}</span>
                </li>
              ))}
            </ul>
          )}
          {totals && totals.passiveMs === 0 && (
            <p class="muted">No passive scrolling counted today. Tend watches the feeds of the sites you keep on.</p>
          )}
        </section>

        <AskedLater onAnswered={refresh} />

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

        {suggestion.state.status === 'ready' && suggestion.state.value.kind === 'none' && (
          <section aria-labelledby="none-heading" class="popup-suggestion">
            <h2 id="none-heading">Nothing to suggest right now</h2>
            <p class="muted">
              Everyone is within their rhythm, nothing they shared needs a follow-up yet, and ideas shown lately are
              resting. Tend will suggest someone when it is time.
            </p>
          </section>
        )}

        {belowAsked && <QuickLog onLogged={refresh} />}
        {belowAsked && <Pause />}
      </main>
    </div>
  );
}

/** Pause, and what holds nudges back now, once the settings have come. */
function Pause() {
  const settings = useSettings();
  if (settings.state.status !== 'ready') return null;
  return (
    <section aria-label="Pause" class="popup-pause">
      <PauseControl onChange={settings.show} />
    </section>
  );
}
