import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { request } from '../../../utils/protocol/request';
import type { Settings, SettingsPatch } from '../../../utils/settings/settings';
import { isSiteOn } from '../../../utils/settings/settings';
import { builtInSites } from '../../../utils/sites';
import { CustomSites } from './CustomSites';

/** Which sites Tend watches, and whether private windows count. */
export function SitesSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const [status, setStatus] = useState('');

  async function update(patch: SettingsPatch, done: string) {
    try {
      onChange(await request('settings/update', patch));
      setStatus(done);
    } catch (error) {
      setStatus(`Could not save: ${messageOf(error)}`);
    }
  }

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">Tend measures passive scrolling only on the feeds of the sites you keep on.</p>
      <fieldset class="site-list">
        <legend>Built-in sites</legend>
        {builtInSites.map((site) => (
          <label key={site.id} class="check">
            <input
              type="checkbox"
              name={`site-${site.id}`}
              checked={isSiteOn(settings, site.id)}
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
          checked={settings.countIncognito}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void update({ countIncognito: on }, on ? 'Private windows count.' : 'Private windows do not count.');
          }}
        />
        Count private windows too (only if you allowed Tend in them)
      </label>
      <p class="status" role="status">
        {status}
      </p>
      <CustomSites settings={settings} onChange={onChange} />
    </section>
  );
}
