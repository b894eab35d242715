/**
 * The card late at night, when reaching out would be unkind: it offers what
 * fits the hour instead — plan the step for the morning, write the message
 * now to send then, or close the feed — and says whom Tend will bring up
 * when the day begins. Like the day card it never takes focus, and Escape
 * or × mean "Not now".
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { NightPlan, NudgePlan } from '../../utils/nudging/plan';
import { listed } from '../../utils/platform/format';
import { type CardControls, DRAFT_FIELD } from './useNudgeCard';

export function NightCard({
  card,
  plan,
  night,
  root,
}: {
  card: CardControls;
  plan: NudgePlan;
  night: NightPlan;
  root: RefObject<HTMLDivElement | null>;
}) {
  const { busy } = card;
  const [writing, setWriting] = useState(false);
  const minutes = plan.passiveMinutes >= 1 ? `${plan.passiveMinutes} min ` : '';

  return (
    <section class="nudge nudge-night" ref={root} aria-labelledby="nudge-title" tabIndex={-1} id="nudge-card">
      <header class="nudge-header">
        <p class="nudge-meta">{`Tend · ${minutes}scrolling ${plan.siteName}`}</p>
        <button
          type="button"
          class="nudge-close"
          aria-label="Close Tend’s card"
          title="Close (Esc)"
          disabled={busy}
          onClick={() => void card.dismiss()}
        >
          ×
        </button>
      </header>
      <h1 id="nudge-title">It's late. This can wait until morning.</h1>
      <p class="nudge-idea">{plan.title}</p>
      <p class="nudge-reason">{plan.reason}</p>
      {night.tomorrow.length > 0 && (
        <p class="nudge-tomorrow">
          From {night.wakeAt} tomorrow, Tend will remind you about {listed(night.tomorrow)}.
        </p>
      )}
      {writing ? (
        <>
          <label class="nudge-draft-label" for={DRAFT_FIELD}>
            Message to {plan.personName}, to send in the morning
          </label>
          <textarea
            id={DRAFT_FIELD}
            rows={4}
            value={card.body}
            onInput={(event) => card.setBody(event.currentTarget.value)}
          />
          <div class="nudge-actions">
            <button
              type="button"
              class="primary"
              disabled={busy || card.body.trim() === ''}
              onClick={() => void card.planTomorrow(card.body)}
            >
              Save it for the morning
            </button>
            <button type="button" disabled={busy} onClick={() => setWriting(false)}>
              Back
            </button>
          </div>
        </>
      ) : (
        <div class="nudge-actions">
          <button type="button" class="primary" disabled={busy} onClick={() => void card.planTomorrow()}>
            Plan it for tomorrow
          </button>
          <button type="button" disabled={busy} onClick={() => setWriting(true)}>
            Write it now
          </button>
        </div>
      )}
      <div class="nudge-actions nudge-secondary">
        <button type="button" disabled={busy} onClick={() => void card.closeFeed()}>
          Close the feed
        </button>
        <button type="button" disabled={busy} onClick={() => void card.dismiss()}>
          Not now
        </button>
      </div>
      <p class="nudge-status" role="status">
        {card.status}
      </p>
    </section>
  );
}
