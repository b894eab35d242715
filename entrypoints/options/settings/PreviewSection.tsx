import { useState } from 'preact/hooks';
import { CardPreview } from '../../../components/CardPreview';

/** Shows a real nudge card at once, the same page a feed shows, with a real suggestion. */
export function PreviewSection() {
  const [asked, setAsked] = useState(0);
  return (
    <section aria-labelledby="preview-heading" class="card">
      <h2 id="preview-heading">Preview a nudge</h2>
      <p class="muted">See the card Tend shows on a feed once you have scrolled past your threshold.</p>
      <button type="button" onClick={() => setAsked(asked + 1)}>
        Preview a nudge
      </button>
      <CardPreview ask={asked} title="Tend suggestion (preview)" />
    </section>
  );
}
