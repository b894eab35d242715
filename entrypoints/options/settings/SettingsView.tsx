import { useEffect, useState } from 'preact/hooks';
import { PauseControl } from '../../../components/PauseControl';
import { useRequest } from '../../../components/useRequest';
import type { Settings } from '../../../utils/settings/settings';
import { NudgeSettings } from './NudgeSettings';
import { PreviewSection } from './PreviewSection';
import { SitesSection } from './SitesSection';

export function SettingsView() {
  const loaded = useRequest('settings/get', {});
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    if (loaded.state.status === 'ready') setSettings(loaded.state.value);
  }, [loaded.state]);

  if (loaded.state.status === 'error') return <p role="alert">Could not load settings: {loaded.state.message}</p>;
  if (!settings) return <p class="muted">Loading…</p>;
  return (
    <>
      <section aria-labelledby="pause-heading" class="card">
        <h2 id="pause-heading">Pause</h2>
        <PauseControl settings={settings} onChange={setSettings} />
      </section>
      <NudgeSettings settings={settings} onChange={setSettings} />
      <PreviewSection />
      <SitesSection settings={settings} onChange={setSettings} />
    </>
  );
}
