import { TodayTable } from '../../../components/TodayTable';
import { useRequest } from '../../../components/useRequest';

export function InsightsView() {
  const today = useRequest('stats/today', {});
  return (
    <section aria-labelledby="today-heading" class="card">
      <h2 id="today-heading">Today</h2>
      {today.state.status === 'loading' && <p class="muted">Loading…</p>}
      {today.state.status === 'error' && <p role="alert">Could not load today's totals: {today.state.message}</p>}
      {today.state.status === 'ready' && <TodayTable stats={today.state.value} caption="Today by site" />}
    </section>
  );
}
