/** What a person shared: a challenge, a goal, a milestone, a date, a value you share, news; each resolvable. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { describedBy, Field } from '../../../components/Field';
import { MOMENT_LABELS } from '../../../components/labels';
import { useNow } from '../../../components/useNow';
import { useRequest } from '../../../components/useRequest';
import { dayKey } from '../../../utils/platform/day';
import { relativeDay } from '../../../utils/platform/relative-day';
import { request } from '../../../utils/protocol/request';
import { MOMENT_KINDS } from '../../../utils/records/inputs';
import type { Moment, MomentKind, Person } from '../../../utils/records/types';

export function Moments({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const moments = useRequest('moments/list', { personId: person.id });
  const today = dayKey(useNow());
  const [kind, setKind] = useState<MomentKind>('challenge');
  const [text, setText] = useState('');
  const [sharedOn, setSharedOn] = useState(today);
  const [followUpOn, setFollowUpOn] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function add(event: Event) {
    event.preventDefault();
    if (text.trim() === '') {
      setTextError('Say in a few words what they shared.');
      return;
    }
    if (kind === 'date' && followUpOn === '') {
      setTextError(null);
      setStatus('An important date needs its date, in “Follow up on”.');
      return;
    }
    try {
      await request('moments/save', {
        personId: person.id,
        kind,
        text: text.trim(),
        sharedOn,
        followUpOn: followUpOn === '' ? null : followUpOn,
      });
      setText('');
      setFollowUpOn('');
      setTextError(null);
      setStatus('Added.');
      await moments.reload();
      onChanged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  async function update(moment: Moment, fields: Partial<Moment>) {
    try {
      const { createdAt: _c, updatedAt: _u, ...input } = { ...moment, ...fields };
      await request('moments/save', input);
      await moments.reload();
      onChanged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  async function remove(moment: Moment) {
    await request('moments/delete', { id: moment.id });
    await moments.reload();
  }

  const list = moments.state.status === 'ready' ? moments.state.value : [];
  return (
    <section aria-labelledby="moments-heading" class="card">
      <h2 id="moments-heading">What {person.name} shared</h2>
      {moments.state.status === 'error' && <p role="alert">{moments.state.message}</p>}
      {list.length === 0 && moments.state.status === 'ready' && (
        <p class="muted">
          Nothing yet. When they tell you about something, note it here and Tend will remind you to follow up.
        </p>
      )}
      <ul class="moments">
        {list.map((moment) => (
          <li key={moment.id} class={moment.resolved ? 'resolved' : ''} data-moment-id={moment.id}>
            <span class="badge">{MOMENT_LABELS[moment.kind]}</span> <span class="moment-text">{moment.text}</span>
            <span class="muted">
              {' '}
              · shared {relativeDay(moment.sharedOn, today)}
              {moment.followUpOn ? ` · follow up ${relativeDay(moment.followUpOn, today)}` : ''}
            </span>
            <span class="button-row">
              <label class="check">
                <input
                  type="checkbox"
                  checked={moment.resolved}
                  onChange={(event) => void update(moment, { resolved: event.currentTarget.checked })}
                />
                Resolved<span class="visually-hidden">: {moment.text}</span>
              </label>
              <button type="button" onClick={() => void remove(moment)}>
                Remove<span class="visually-hidden"> {moment.text}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form class="moment-form" onSubmit={add} noValidate>
        <h3>Add something they shared</h3>
        <div class="form-grid">
          <Field id="moment-kind" label="What kind">
            <select id="moment-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as MomentKind)}>
              {MOMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {MOMENT_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="moment-text" label="In a few words" error={textError}>
            <input
              id="moment-text"
              value={text}
              maxLength={300}
              placeholder="her job interview at the library"
              aria-invalid={textError ? 'true' : undefined}
              aria-describedby={describedBy('moment-text', { error: textError })}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </Field>
          <Field id="moment-shared" label="Shared on">
            <input
              id="moment-shared"
              type="date"
              value={sharedOn}
              onInput={(e) => setSharedOn(e.currentTarget.value)}
            />
          </Field>
          <Field id="moment-follow-up" label="Follow up on (optional)">
            <input
              id="moment-follow-up"
              type="date"
              value={followUpOn}
              onInput={(e) => setFollowUpOn(e.currentTarget.value)}
            />
          </Field>
        </div>
        <button type="submit">Add</button>
        <p role="status" class="status">
          {status}
        </p>
      </form>
    </section>
  );
}
