/**
 * Sites the user adds. Adding one asks the browser for access to that site
 * alone (from this click, as browsers require); removing one gives the
 * access back.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { describedBy } from '../../../components/Field';
import { browser } from '../../../utils/platform/browser';
import { request } from '../../../utils/protocol/request';
import type { Settings } from '../../../utils/settings/settings';
import { customSiteMatch, normaliseHost } from '../../../utils/sites/custom';

export function CustomSites({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function add(event: Event) {
    event.preventDefault();
    let host: string;
    try {
      host = normaliseHost(input);
    } catch (reason) {
      setError(messageOf(reason));
      return;
    }
    setError(null);
    const granted = await browser.permissions.request({ origins: [customSiteMatch(host)] });
    if (!granted) {
      setStatus(`Tend was not allowed to read ${host}, so it cannot watch it.`);
      return;
    }
    try {
      onChange(await request('sites/add-custom', { host }));
      setInput('');
      setStatus(`Tend now watches ${host}. Open tabs on it start counting when reloaded.`);
    } catch (reason) {
      setStatus(messageOf(reason));
    }
  }

  async function remove(host: string) {
    try {
      onChange(await request('sites/remove-custom', { host }));
      setStatus(`Tend no longer watches ${host}.`);
    } catch (reason) {
      setStatus(messageOf(reason));
    }
  }

  return (
    <div class="custom-sites">
      <h3>Your own sites</h3>
      <p class="muted">Tend counts scrolling on every page of a site you add.</p>
      {settings.customSites.length > 0 && (
        <ul class="custom-site-list">
          {settings.customSites.map((site) => (
            <li key={site.host}>
              <span>{site.host}</span>
              <button type="button" onClick={() => void remove(site.host)}>
                Remove<span class="visually-hidden"> {site.host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="inline-form" noValidate>
        <label for="custom-site">Add a site</label>
        <input
          id="custom-site"
          value={input}
          placeholder="forum.example.com"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('custom-site', { error })}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
        {error && (
          <p id="custom-site-error" class="field-error">
            {error}
          </p>
        )}
      </form>
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
