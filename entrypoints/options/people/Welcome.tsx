/**
 * First run: what Tend does, a promise about privacy, the first people to
 * add (with one thing each shared lately, which makes a card personal), and
 * then what the user will see: a real card about one of their own people.
 */
import { useState } from 'preact/hooks';
import { CardPreview } from '../../../components/CardPreview';
import { listed } from '../../../utils/platform/format';
import { PersonForm } from './PersonForm';

const FIRST_PEOPLE = 3;

export function Welcome({ onAdded }: { onAdded: () => void }) {
  const [added, setAdded] = useState<string[]>([]);
  const [previewing, setPreviewing] = useState(false);

  if (previewing) {
    return (
      <section aria-labelledby="welcome-heading" class="card welcome">
        <h2 id="welcome-heading">Here is what you will see</h2>
        <p>
          When you have scrolled a feed for a while, a card like this comes up in a corner of the page: one small step
          toward {listed(added, 'or')}, with a message ready to send. Only you see it; the site does not.
        </p>
        <CardPreview ask={1} title="Tend suggestion (your first card)" />
        <div class="button-row">
          <button type="button" class="primary" onClick={onAdded}>
            Go to your people
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="welcome-heading" class="card welcome">
      <h2 id="welcome-heading">Welcome to Tend</h2>
      <p>
        When you catch yourself scrolling a feed, Tend suggests one small, concrete way to reach out to someone you care
        about. It works best with a few people, so start with the first three you want to be closer to, and something
        each of them told you lately.
      </p>
      <p class="promise">Everything you add stays on this device. Tend sends nothing anywhere.</p>
      {added.length > 0 && (
        <p role="status">
          Added {added.join(', ')}. {added.length < FIRST_PEOPLE ? 'Who else?' : 'That is a good start.'}
        </p>
      )}
      <h3>
        Add person {Math.min(added.length + 1, FIRST_PEOPLE)} of {FIRST_PEOPLE}
      </h3>
      <PersonForm
        idPrefix="welcome-person"
        submitLabel="Add"
        askShared
        onSaved={(person) => {
          const next = [...added, person.name];
          setAdded(next);
          if (next.length >= FIRST_PEOPLE) setPreviewing(true);
        }}
      />
      {added.length > 0 && added.length < FIRST_PEOPLE && (
        <button type="button" onClick={() => setPreviewing(true)}>
          Done for now
        </button>
      )}
    </section>
  );
}
