import { TodayTable } from '../../components/TodayTable';
import { useRequest } from '../../components/useRequest';
import { browser } from '../../utils/browser';

export function Popup() {
  const today = useRequest('stats/today', {});
  return (
    <div class="popup">
      <h1>Today</h1>
      {today.state.status === 'loading' && <p class="muted">Loading…</p>}
      {today.state.status === 'error' && <p role="alert">{today.state.message}</p>}
      {today.state.status === 'ready' && <TodayTable stats={today.state.value} caption="Today by site" />}
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open Tend settings
        </button>
      </p>
    </div>
  );
}
