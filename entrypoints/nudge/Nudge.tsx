/**
 * The nudge card, shown in an iframe on the feed (or on the options page as
 * a preview). It reads its plan from the background and reports each choice
 * back; the background decides what happens. It never takes focus: the
 * person may be typing in the page below.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NudgePlan } from '../../utils/nudging/plan';
import type { MessageData, MessageResult, MessageType } from '../../utils/protocol/messages';
import { request } from '../../utils/protocol/request';

type Ended = 'done' | 'snoozed' | 'dismissed' | 'paused' | 'opened-options';

const ENDINGS: Record<Ended, string> = {
  done: 'Logged. That is what Tend is for.',
  snoozed: 'Snoozed.',
  dismissed: 'Okay, not now.',
  paused: 'No more nudges on this site today.',
  'opened-options': 'Opened Tend’s settings in a new tab.',
};

/** How long the card's last word stays before it goes. */
const FAREWELL_MS = 1_600;

function useReportedHeight(deps: unknown[]) {
  const root = useRef<HTMLDivElement>(null);
  // Measured again whenever what is shown changes (`deps`), and on any resize.
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const report = () => window.parent.postMessage({ tendCardHeight: element.offsetHeight }, '*');
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, deps);
  return root;
}

export function Nudge({ nudgeId }: { nudgeId: string }) {
  const [plan, setPlan] = useState<NudgePlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState<Ended | null>(null);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useReportedHeight([plan, error, ended, status, snoozeOpen]);

  useEffect(() => {
    request('nudge/plan', { nudgeId })
      .then((loaded) => {
        setPlan(loaded);
        setBody(loaded.draft.body);
      })
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, [nudgeId]);

  useEffect(() => {
    // Effects run after the browser painted: bench/nudge.ts reads this mark to time the card.
    if (plan) performance.mark('tend-card-shown');
  }, [plan]);

  useEffect(() => {
    if (!ended) return;
    const timer = setTimeout(() => {
      void request('nudge/hide', { nudgeId }).catch(() => {});
      window.parent.postMessage({ tendCardClosed: true }, '*');
    }, FAREWELL_MS);
    return () => clearTimeout(timer);
  }, [ended, nudgeId]);

  /** Sends one of the card's messages; `undefined` when it failed (the error is shown), its result otherwise. */
  async function send<K extends MessageType>(
    type: K,
    data: MessageData<K>,
  ): Promise<{ value: MessageResult<K> } | undefined> {
    setBusy(true);
    try {
      return { value: await request(type, data) };
    } catch (reason) {
      setStatus(reason instanceof Error ? reason.message : String(reason));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function end(type: 'nudge/dismiss' | 'nudge/pause-site', ending: Ended) {
    if (await send(type, { nudgeId })) setEnded(ending);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(body);
    } catch {
      // Some pages forbid the clipboard to frames; the text stays selected to copy by hand.
      const field = document.getElementById('draft') as HTMLTextAreaElement | null;
      field?.select();
      setStatus('Select the message and copy it (Ctrl+C or ⌘C).');
      return;
    }
    const acted = await send('nudge/act', { nudgeId, link: null });
    if (acted) setPlan(acted.value);
    setStatus('Copied. Paste it wherever you talk with them.');
  }

  async function open(link: number) {
    const acted = await send('nudge/act', { nudgeId, link, body });
    if (acted) {
      setPlan(acted.value);
      setStatus('Opened in a new tab. Come back and tell Tend when it is done.');
    }
  }

  async function another() {
    const answer = await send('nudge/another', { nudgeId });
    if (!answer) return;
    const next = answer.value;
    if (next.personName === plan?.personName && next.title === plan?.title) {
      setStatus('That was the last idea for now.');
    } else {
      setPlan(next);
      setBody(next.draft.body);
      setStatus('Here is another idea.');
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !ended && plan) {
      event.preventDefault();
      void end('nudge/dismiss', 'dismissed');
    }
  }

  if (error) {
    return (
      <div class="nudge" ref={root}>
        <p class="nudge-meta">Tend</p>
        <p role="alert">{error}</p>
      </div>
    );
  }
  if (!plan) {
    return (
      <div class="nudge" ref={root} aria-busy="true">
        <p class="nudge-meta">Tend</p>
      </div>
    );
  }
  if (ended) {
    return (
      <div class="nudge nudge-ended" ref={root}>
        <p role="status">{ENDINGS[ended]}</p>
      </div>
    );
  }

  const minutes = plan.passiveMinutes >= 1 ? `${plan.passiveMinutes} min ` : '';
  const meta = plan.preview ? 'Tend · preview' : `Tend · ${minutes}scrolling ${plan.siteName}`;

  return (
    // Escape anywhere in the card means "Not now"; every control is also a button.
    <section class="nudge" ref={root} aria-labelledby="nudge-title" onKeyDown={onKeyDown}>
      <header class="nudge-header">
        <p class="nudge-meta">{meta}</p>
        <button
          type="button"
          class="nudge-close"
          aria-label="Not now"
          title="Not now (Esc)"
          disabled={busy}
          onClick={() => void end('nudge/dismiss', 'dismissed')}
        >
          ×
        </button>
      </header>
      <h1 id="nudge-title">{plan.title}</h1>
      <p class="nudge-reason">{plan.reason}</p>
      {plan.invite ? (
        <div class="nudge-actions">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={async () => {
              if (await send('nudge/open-options', { nudgeId })) setEnded('opened-options');
            }}
          >
            Add people
          </button>
        </div>
      ) : (
        <>
          <label class="nudge-draft-label" for="draft">
            Message to {plan.personName}
          </label>
          <textarea id="draft" rows={4} value={body} onInput={(event) => setBody(event.currentTarget.value)} />
          <div class="nudge-actions">
            {plan.links.map((link, index) => (
              <button
                key={link.url}
                type="button"
                class={index === 0 ? 'primary' : ''}
                disabled={busy}
                onClick={() => void open(index)}
              >
                {link.verb}
              </button>
            ))}
            <button
              type="button"
              class={plan.links.length === 0 ? 'primary' : ''}
              disabled={busy}
              onClick={() => void copy()}
            >
              Copy message
            </button>
          </div>
          <div class="nudge-actions">
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                const done = await send('nudge/done', { nudgeId });
                if (done) setEnded('done');
              }}
            >
              I did it
            </button>
            <button type="button" disabled={busy} onClick={() => void another()}>
              Another idea
            </button>
          </div>
        </>
      )}
      <div class="nudge-actions nudge-secondary">
        <button
          type="button"
          aria-expanded={snoozeOpen}
          aria-controls="snooze-choices"
          onClick={() => setSnoozeOpen(!snoozeOpen)}
        >
          Snooze
        </button>
        <button type="button" disabled={busy} onClick={() => void end('nudge/dismiss', 'dismissed')}>
          Not now
        </button>
        {!plan.preview && (
          <button type="button" disabled={busy} onClick={() => void end('nudge/pause-site', 'paused')}>
            Pause here today
          </button>
        )}
      </div>
      {snoozeOpen && (
        <fieldset id="snooze-choices" class="nudge-actions">
          <legend class="visually-hidden">Snooze for</legend>
          {([15, 60] as const).map((minutes) => (
            <button
              key={minutes}
              type="button"
              disabled={busy}
              onClick={async () => {
                if (await send('nudge/snooze', { nudgeId, minutes })) setEnded('snoozed');
              }}
            >
              {minutes === 15 ? '15 minutes' : '1 hour'}
            </button>
          ))}
        </fieldset>
      )}
      <p class="nudge-status" role="status">
        {status}
      </p>
    </section>
  );
}
