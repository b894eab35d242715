/**
 * The message to send and the ways to send it, on a card about someone (the
 * card inviting the user to add people has none). The first way offered is
 * the primary button; with no way to reach them, copying the message is.
 */
import type { NudgePlan } from '../../utils/nudging/plan';
import { type CardControls, DRAFT_FIELD } from './useNudgeCard';

export function DraftActions({ card, plan }: { card: CardControls; plan: NudgePlan }) {
  const { busy } = card;
  return (
    <>
      <label class="nudge-draft-label" for={DRAFT_FIELD}>
        Message to {plan.personName}
      </label>
      <textarea
        id={DRAFT_FIELD}
        rows={4}
        value={card.body}
        onInput={(event) => card.setBody(event.currentTarget.value)}
      />
      <div class="nudge-actions">
        {plan.links.map((link, index) => (
          <button
            key={link.url}
            type="button"
            class={index === 0 ? 'primary' : ''}
            disabled={busy}
            onClick={() => void card.open(index)}
          >
            {link.verb}
          </button>
        ))}
        <button
          type="button"
          class={plan.links.length === 0 ? 'primary' : ''}
          disabled={busy}
          onClick={() => void card.copy()}
        >
          Copy message
        </button>
      </div>
      <div class="nudge-actions">
        <button type="button" disabled={busy} onClick={() => void card.done()}>
          I did it
        </button>
        <button type="button" disabled={busy} onClick={() => void card.another()}>
          Another idea
        </button>
      </div>
    </>
  );
}
