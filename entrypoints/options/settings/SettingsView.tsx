import { PauseControl } from '../../../components/PauseControl';
import { useSettings } from '../../../components/useSettings';
import { NudgeSettings } from './NudgeSettings';
import { PreviewSection } from './PreviewSection';
import { ResetNotice } from './ResetNotice';
import { SitesSection } from './SitesSection';

export function SettingsView() {
  const { state, show: setSettings } = useSettings();
  if (state.status === 'error') return <p role="alert">Could not load settings: {state.message}</p>;
  if (state.status === 'loading') return <p class="muted">Loading…</p>;
  const settings = state.value;
  return (
    <>
      <ResetNotice />
      <section aria-labelledby="pause-heading" class="card">
        <h2 id="pause-heading">Pause</h2>
        <PauseControl onChange={setSettings} />
      </section>
      <NudgeSettings settings={settings} onChange={setSettings} />
      <PreviewSection />
      <SitesSection settings={settings} onChange={setSettings} />
    </>
  );
}
