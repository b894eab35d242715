import { useRequest } from '../../components/useRequest';
import { formatDuration } from '../../utils/format';

/** The card shown inside a feed; it reads everything it shows from the background. */
export function Nudge() {
  const today = useRequest('stats/today', {});
  const passiveMs =
    today.state.status === 'ready' ? today.state.value.sites.reduce((sum, s) => sum + s.passiveMs, 0) : 0;
  return (
    <section class="card" aria-label="Tend">
      <p>You have scrolled for {formatDuration(passiveMs)} today.</p>
    </section>
  );
}
