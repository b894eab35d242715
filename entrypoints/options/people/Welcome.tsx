/** First run: what Tend does, a promise about privacy, and the first people to add. */
import { useState } from 'preact/hooks';
import { PersonForm } from './PersonForm';

export function Welcome({ onAdded }: { onAdded: () => void }) {
  const [added, setAdded] = useState<string[]>([]);
  return (
    <section aria-labelledby="welcome-heading" class="card welcome">
      <h2 id="welcome-heading">Welcome to Tend</h2>
      <p>
        When you catch yourself scrolling a feed, Tend suggests one small, concrete way to reach out to someone you care
        about. It works best with a few people, so start with the first three you want to be closer to.
      </p>
      <p class="promise">Everything you add stays on this device. Tend sends nothing anywhere.</p>
      {added.length > 0 && (
        <p role="status">
          Added {added.join(', ')}. {added.length < 3 ? 'Who else?' : 'That is a good start.'}
        </p>
      )}
      <h3>Add person {Math.min(added.length + 1, 3)} of 3</h3>
      <PersonForm
        idPrefix="welcome-person"
        submitLabel="Add"
        onSaved={(person) => {
          const next = [...added, person.name];
          setAdded(next);
          if (next.length >= 3) onAdded();
        }}
      />
      {added.length > 0 && added.length < 3 && (
        <button type="button" onClick={onAdded}>
          Done for now
        </button>
      )}
    </section>
  );
}
