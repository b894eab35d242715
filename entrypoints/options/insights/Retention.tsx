/** How long Tend keeps history; older nudges, connections and totals are deleted every day. */
import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { useSettings } from '../../../components/useSettings';
import { request } from '../../../utils/protocol/request';

const CHOICES: { label: string; days: number | null }[] = [
  { label: 'Keep everything', days: null },
  { label: 'One year', days: 365 },
  { label: 'Six months', days: 182 },
  { label: 'Three months', days: 91 },
  { label: 'One month', days: 30 },
];

export function Retention() {
  const settings = useSettings();
  const [value, setValue] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (settings.state.status === 'ready') setValue(String(settings.state.value.historyDays ?? ''));
  }, [settings.state]);

  async function change(next: string) {
    setValue(next);
    try {
      await request('settings/update', { historyDays: next === '' ? null : Number(next) });
      setStatus(next === '' ? 'Tend keeps all history.' : 'Saved. Older history is deleted now and every day.');
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="retention-heading" class="card">
      <h2 id="retention-heading">Keep history</h2>
      <div class="field">
        <label for="retention">How long to keep nudges, connections and daily totals</label>
        <select id="retention" value={value} onChange={(e) => void change(e.currentTarget.value)}>
          {CHOICES.map((c) => (
            <option key={c.label} value={c.days === null ? '' : String(c.days)}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
