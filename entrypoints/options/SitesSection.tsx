import { useState } from 'preact/hooks';
import { useRequest } from '../../components/useRequest';
import { request } from '../../utils/protocol/request';
import type { Settings, SettingsPatch } from '../../utils/settings';
import { isSiteOn } from '../../utils/settings';
import { builtInSites } from '../../utils/sites';

/** Which sites Tend watches, and whether private windows count. */
export function SitesSection() {
  const loaded = useRequest('settings/get', {});
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const current = settings ?? (loaded.state.status === 'ready' ? loaded.state.value : null);

  async function update(patch: SettingsPatch, done: string) {
    try {
      setSettings(await request('settings/update', patch));
      setStatus(done);
    } catch (error) {
      setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">Tend measures passive scrolling only on the feeds of the sites you keep on.</p>
      {loaded.state.status === 'error' && <p role="alert">Could not load settings: {loaded.state.message}</p>}
      {current && (
        <>
          <fieldset class="site-list">
            <legend>Built-in sites</legend>
            {builtInSites.map((site) => (
              <label key={site.id} class="check">
                <input
                  type="checkbox"
                  name={`site-${site.id}`}
                  checked={isSiteOn(current, site.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    void update({ sites: { [site.id]: on } }, `${site.name} ${on ? 'on' : 'off'}.`);
                  }}
                />
                {site.name}
              </label>
            ))}
          </fieldset>
          <label class="check">
            <input
              type="checkbox"
              name="count-incognito"
              checked={current.countIncognito}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                void update({ countIncognito: on }, on ? 'Private windows count.' : 'Private windows do not count.');
              }}
            />
            Count private windows too (only if you allowed Tend in them)
          </label>
        </>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
