/**
 * Every nudge and what became of it, newest first, filtered by site, person,
 * outcome and dates. Pages come from the background one at a time; the page
 * never holds the whole history.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { OUTCOME_LABELS } from '../../../components/labels';
import { PersonSelect } from '../../../components/PersonSelect';
import { usePersonNames } from '../../../components/usePersonNames';
import { askedEarly } from '../../../components/useRequest';
import { useSettings } from '../../../components/useSettings';
import { dateBounds, type HistoryCursor, type HistoryFilter } from '../../../utils/insights/history-filter';
import { request } from '../../../utils/protocol/request';
import type { HistoryRow, HistoryView } from '../../../utils/protocol/results';
import type { NudgeOutcome } from '../../../utils/records/types';
import { builtInSites } from '../../../utils/sites';

const PAGE = 50;

/** The first page with no filter, as the page opens; `main.tsx` asks for it before the page renders. */
export const FIRST_HISTORY = { filter: {}, cursor: null, limit: PAGE };

/** One formatter for every row: making one per row costs more than the rest of a page's rendering. */
const WHEN = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

/** What the filters say, as the page's fields hold them ('' for any). */
interface Choice {
  site: string;
  personId: string;
  outcome: string;
  from: string;
  to: string;
}

function filterOf({ site, personId, outcome, from, to }: Choice): HistoryFilter {
  return {
    ...(site ? { site } : {}),
    ...(personId ? { personId } : {}),
    ...(outcome ? { outcome: outcome as NudgeOutcome } : {}),
    ...dateBounds(from, to),
  };
}

export function History() {
  const people = usePersonNames({ active: false });
  const settings = useSettings();
  const [choice, setChoice] = useState<Choice>({ site: '', personId: '', outcome: '', from: '', to: '' });
  const [rows, setRows] = useState<HistoryRow[]>([]);
  const [next, setNext] = useState<HistoryCursor | null>(null);
  const [status, setStatus] = useState('Loading…');
  const latest = useRef(0);

  async function load(filter: HistoryFilter, cursor: HistoryCursor | null, early?: Promise<HistoryView>) {
    const asked = ++latest.current;
    try {
      const page = await (early ?? request('history/page', { filter, cursor, limit: PAGE }));
      // Filters can change faster than pages arrive: only the answer to the latest question counts.
      if (asked !== latest.current) return;
      const all = cursor ? [...rows, ...page.rows] : page.rows;
      setRows(all);
      setNext(page.next);
      setStatus(`${all.length} ${all.length === 1 ? 'nudge' : 'nudges'}${page.next ? ' so far' : ''}.`);
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  /** A new filter starts the list over, asked for at once rather than after the next paint. */
  function choose(change: Partial<Choice>) {
    const chosen = { ...choice, ...change };
    setChoice(chosen);
    if (JSON.stringify(filterOf(chosen)) !== JSON.stringify(filterOf(choice))) void load(filterOf(chosen), null);
  }

  useEffect(() => {
    void load(filterOf(choice), null, askedEarly('history/page', FIRST_HISTORY));
  }, []);

  const customSites = settings.state.status === 'ready' ? settings.state.value.customSites : [];
  return (
    <section aria-labelledby="history-heading" class="card">
      <h2 id="history-heading">History</h2>
      <div class="history-filters">
        <div class="field">
          <label for="history-site">Site</label>
          <select id="history-site" value={choice.site} onChange={(e) => choose({ site: e.currentTarget.value })}>
            <option value="">All sites</option>
            {builtInSites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            {customSites.map((s) => (
              <option key={s.host} value={s.host}>
                {s.host}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="history-person">Person</label>
          <PersonSelect
            id="history-person"
            value={choice.personId}
            onChange={(personId) => choose({ personId })}
            people={people}
            noneLabel="Everyone"
          />
        </div>
        <div class="field">
          <label for="history-outcome">Outcome</label>
          <select
            id="history-outcome"
            value={choice.outcome}
            onChange={(e) => choose({ outcome: e.currentTarget.value })}
          >
            <option value="">Any outcome</option>
            {(Object.keys(OUTCOME_LABELS) as NudgeOutcome[]).map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="history-from">From</label>
          <input
            id="history-from"
            type="date"
            value={choice.from}
            onInput={(e) => choose({ from: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="history-to">To</label>
          <input id="history-to" type="date" value={choice.to} onInput={(e) => choose({ to: e.currentTarget.value })} />
        </div>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
      {rows.length > 0 && (
        <table class="history">
          <caption class="visually-hidden">Nudges, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Site</th>
              <th scope="col">Suggestion</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-nudge-id={row.id}>
                <td>{WHEN.format(row.at)}</td>
                <td>{row.siteName}</td>
                <td>{row.action}</td>
                <td data-outcome={row.outcome}>{OUTCOME_LABELS[row.outcome]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" onClick={() => void load(filterOf(choice), next)}>
          Show older
        </button>
      )}
    </section>
  );
}
