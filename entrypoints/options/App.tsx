import { TodayTable } from '../../components/TodayTable';
import { useRequest } from '../../components/useRequest';
import { PreviewSection } from './PreviewSection';
import { SitesSection } from './SitesSection';

export function App() {
  const today = useRequest('stats/today', {});
  return (
    <div class="options">
      <header class="options-header">
        <h1>Tend</h1>
        <p class="muted">
          Turn scrolling time into time with the people you care about. Everything stays on this device.
        </p>
      </header>
      <main>
        <section aria-labelledby="today-heading" class="card">
          <h2 id="today-heading">Today</h2>
          {today.state.status === 'loading' && <p class="muted">Loading…</p>}
          {today.state.status === 'error' && <p role="alert">Could not load today's totals: {today.state.message}</p>}
          {today.state.status === 'ready' && <TodayTable stats={today.state.value} caption="Today by site" />}
        </section>
        <PreviewSection />
        <SitesSection />
      </main>
    </div>
  );
}
