/**
 * The open card: who, what and why, the ways to act on it, and the ways to
 * put it off. Every control is a button and Escape means "Not now", so the
 * card works from the keyboard without ever taking focus from the page.
 */
import type { RefObject } from 'preact';
import type { NudgePlan } from '../../utils/nudging/plan';
import { DraftActions } from './DraftActions';
import type { CardControls } from './useNudgeCard';

export function NudgeCard({
  card,
  plan,
  root,
}: {
  card: CardControls;
  plan: NudgePlan;
  root: RefObject<HTMLDivElement | null>;
}) {
  const { busy } = card;
  const minutes = plan.passiveMinutes >= 1 ? `${plan.passiveMinutes} min ` : '';
  const meta = plan.preview ? 'Tend · preview' : `Tend · ${minutes}scrolling ${plan.siteName}`;

  return (
    // Escape anywhere in the card means "Not now" (useNudgeCard.ts); every control is also a button.
    <section class="nudge" ref={root} aria-labelledby="nudge-title" tabIndex={-1} id="nudge-card">
      <header class="nudge-header">
        <p class="nudge-meta">{meta}</p>
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
      <h1 id="nudge-title">{plan.title}</h1>
      <p class="nudge-reason">{plan.reason}</p>
      {plan.invite ? (
        <div class="nudge-actions">
          <button type="button" class="primary" disabled={busy} onClick={() => void card.openOptions()}>
            Add people
          </button>
        </div>
      ) : (
        <DraftActions card={card} plan={plan} />
      )}
      <div class="nudge-actions nudge-secondary">
        <button
          type="button"
          aria-expanded={card.snoozeOpen}
          aria-controls="snooze-choices"
          onClick={card.toggleSnooze}
        >
          Snooze
        </button>
        <button type="button" disabled={busy} onClick={() => void card.dismiss()}>
          Not now
        </button>
        {!plan.preview && (
          <button type="button" disabled={busy} onClick={() => void card.pauseSite()}>
            Pause here today
          </button>
        )}
      </div>
      {card.snoozeOpen && (
        <fieldset id="snooze-choices" class="nudge-actions">
          <legend class="visually-hidden">Snooze for</legend>
          {([15, 60] as const).map((minutes) => (
            <button key={minutes} type="button" disabled={busy} onClick={() => void card.snooze(minutes)}>
              {minutes === 15 ? '15 minutes' : '1 hour'}
            </button>
          ))}
        </fieldset>
      )}
      <p class="nudge-status" role="status">
        {card.status}
      </p>
    </section>
  );
}
