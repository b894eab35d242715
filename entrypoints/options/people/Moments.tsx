/**
 * What a person shared: a challenge, a goal, a milestone, a date, a value you share, news; each resolvable, and
 * removable with an Undo.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
import { useUndoableRemoval } from './useUndoableRemoval';

export function Moments({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const moments = useRequest('moments/list', { personId: person.id });
  const today = dayKey(useNow());
  const [kind, setKind] = useState<MomentKind>('challenge');
  const [text, setText] = useState('');
  const [sharedOn, setSharedOn] = useState(today);
  const [followUpOn, setFollowUpOn] = useState('');
  // Set by a refused Add; each error then holds only while its field is still wrong.
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [removalNote, setRemovalNote] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where focus goes once the page shows what was just done: a field's error, the Undo that replaced a removed
  // moment, the moment put back.
  const focusAfterRender = useRef<(() => HTMLElement | null | undefined) | null>(null);

  // Moments being deleted for good: kept off the page while the list reloads without them.
  const [deleting, setDeleting] = useState<readonly string[]>([]);

  const removal = useUndoableRemoval<Moment>((moment) => {
    setDeleting((ids) => [...ids, moment.id]);
    void request('moments/delete', { id: moment.id }).then(
      () => moments.reload(),
      (error: unknown) => {
        setRemovalNote(`Could not remove “${moment.text}”: ${messageOf(error)}`);
        setDeleting((ids) => ids.filter((id) => id !== moment.id));
        return moments.reload();
      },
    );
  }, person.id);

  const textError = tried && text.trim() === '' ? 'Say in a few words what they shared.' : null;
  const dateError = tried && kind === 'date' && followUpOn === '' ? 'An important date needs its date here.' : null;

  // A layout effect runs as the render that shows the target is committed. A plain effect waits for the next frame,
  // and when another render comes first (focusing the Undo holds it, which re-renders) Preact runs the waiting effect
  // as that render starts, before the moment put back is on the page: the focus was lost.
  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = null;
    target?.()?.focus();
  });

  async function add(event: Event) {
    event.preventDefault();
    setTried(true);
    if (text.trim() === '' || (kind === 'date' && followUpOn === '')) {
      setStatus('');
      // The field says what is wrong, and is read out with it.
      const field = text.trim() === '' ? 'moment-text' : 'moment-follow-up';
      focusAfterRender.current = () => document.getElementById(field);
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
      setTried(false);
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

  function remove(moment: Moment) {
    removal.remove(moment);
    setRemovalNote(`Removed “${moment.text}”.`);
    focusAfterRender.current = () => undoButton.current;
  }

  function undo() {
    const moment = removal.undo();
    if (!moment) return;
    setRemovalNote(`Put back “${moment.text}”.`);
    focusAfterRender.current = () =>
      list.current?.querySelector<HTMLElement>(`[data-moment-id="${CSS.escape(moment.id)}"] button`);
  }

  const pending = removal.pending;
  // A moment removed is gone from the page at once, though its deletion waits for the Undo to be over.
  const shown =
    moments.state.status === 'ready'
      ? moments.state.value.filter((m) => m.id !== pending?.id && !deleting.includes(m.id))
      : [];
  return (
    <section aria-labelledby="moments-heading" class="card">
      <h2 id="moments-heading">What {person.name} shared</h2>
      {moments.state.status === 'error' && <p role="alert">{moments.state.message}</p>}
      {shown.length === 0 && moments.state.status === 'ready' && (
        <p class="muted">
          Nothing yet. When they tell you about something, note it here and Tend will remind you to follow up.
        </p>
      )}
      <ul class="moments" ref={list}>
        {shown.map((moment) => (
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
              <button type="button" onClick={() => remove(moment)}>
                Remove<span class="visually-hidden"> {moment.text}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p role="status" class="status removal-status">
        {pending ? (
          <>
            Removed “{pending.text}”.{' '}
            <button
              type="button"
              ref={undoButton}
              onClick={undo}
              onFocus={() => removal.hold(true)}
              onBlur={() => removal.hold(false)}
              onMouseEnter={() => removal.hold(true)}
              onMouseLeave={() => removal.hold(document.activeElement === undoButton.current)}
            >
              Undo
            </button>
          </>
        ) : (
          removalNote
        )}
      </p>
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
          <Field
            id="moment-follow-up"
            label={kind === 'date' ? 'Follow up on' : 'Follow up on (optional)'}
            error={dateError}
          >
            <input
              id="moment-follow-up"
              type="date"
              value={followUpOn}
              aria-invalid={dateError ? 'true' : undefined}
              aria-describedby={describedBy('moment-follow-up', { error: dateError })}
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
