/** What Tend noticed: the trade of scrolling time for connection, over a week or a month, and the history. */
import { useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../../../components/labels';
import { TodayTable } from '../../../components/TodayTable';
import { useNow } from '../../../components/useNow';
import { useRequest } from '../../../components/useRequest';
import { OUTCOME_ORDER } from '../../../utils/insights/figures';
import { standingLabel } from '../../../utils/people/order';
import { formatDuration } from '../../../utils/platform/format';
import { BarList } from './BarList';
import { DailyChart } from './DailyChart';
import { History } from './History';
import { Retention } from './Retention';

export function InsightsView() {
  const [days, setDays] = useState<7 | 30>(7);
  const today = useRequest('stats/today', {});
  const data = useRequest('stats/insights', { days });
  const now = useNow();

  return (
    <>
      <section aria-labelledby="today-heading" class="card">
        <h2 id="today-heading">Today</h2>
        {today.state.status === 'error' && <p role="alert">Could not load today's totals: {today.state.message}</p>}
        {today.state.status === 'ready' && <TodayTable stats={today.state.value} caption="Today by site" />}
      </section>

      <section aria-labelledby="trade-heading" class="card">
        <div class="section-head">
          <h2 id="trade-heading">Scrolling and connecting</h2>
          <fieldset class="segmented">
            <legend class="visually-hidden">Period</legend>
            {([7, 30] as const).map((d) => (
              <label key={d} class={days === d ? 'selected' : ''}>
                <input type="radio" name="period" checked={days === d} onChange={() => setDays(d)} />
                {d} days
              </label>
            ))}
          </fieldset>
        </div>
        {data.state.status === 'error' && <p role="alert">{data.state.message}</p>}
        {data.state.status === 'ready' && (
          <>
            <DailyChart series={data.state.value.series} />
            <div class="insight-grid">
              <BarList
                caption={`Passive time by site, last ${days} days`}
                items={data.state.value.bySite.map((s) => ({
                  key: s.site,
                  label: s.siteName,
                  value: s.passiveMs,
                  shown: formatDuration(s.passiveMs),
                }))}
              />
              <BarList
                caption={`What became of nudges, last ${days} days`}
                items={OUTCOME_ORDER.filter(
                  (o) => o !== 'shown' || data.state.status !== 'ready' || data.state.value.outcomes.shown > 0,
                ).map((o) => ({
                  key: o,
                  label: OUTCOME_LABELS[o],
                  value: data.state.status === 'ready' ? data.state.value.outcomes[o] : 0,
                  shown: String(data.state.status === 'ready' ? data.state.value.outcomes[o] : 0),
                }))}
              />
            </div>
            <p class="streaks" data-current={data.state.value.streaks.current}>
              {data.state.value.streaks.current > 0
                ? `You have connected with someone ${data.state.value.streaks.current} ${
                    data.state.value.streaks.current === 1 ? 'day' : 'days'
                  } in a row.`
                : 'No connection streak running yet: one message today starts one.'}{' '}
              Longest streak this year: {data.state.value.streaks.longest}{' '}
              {data.state.value.streaks.longest === 1 ? 'day' : 'days'}.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="drifting-heading" class="card">
        <h2 id="drifting-heading">Who is drifting</h2>
        {data.state.status === 'ready' && data.state.value.drifting.length === 0 && (
          <p class="muted">Nobody is past the rhythm you set. Lovely.</p>
        )}
        {data.state.status === 'ready' && data.state.value.drifting.length > 0 && (
          <ol class="drifting">
            {data.state.value.drifting.map((d) => (
              <li key={d.personId}>
                <a href={`#people/${encodeURIComponent(d.personId)}`}>{d.name}</a>{' '}
                <span class="muted">{standingLabel(d.row, now)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <History />
      <Retention />
    </>
  );
}
