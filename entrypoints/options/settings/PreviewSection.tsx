import { useCallback, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { RestingNote } from '../../../components/RestingNote';
import type { Resting } from '../../../utils/nudging/policy';
import { browser } from '../../../utils/platform/browser';
import { lineToCard } from '../../../utils/protocol/card-line';
import { request } from '../../../utils/protocol/request';

/** Shows a real nudge card at once, the same page a feed shows, with a real suggestion. */
export function PreviewSection() {
  const [nudgeId, setNudgeId] = useState<string | null>(null);
  const [resting, setResting] = useState<Resting | null>(null);
  const [error, setError] = useState('');
  const [height, setHeight] = useState(260);
  const line = useRef<AbortController | null>(null);

  /** Opens the card's line as its frame mounts, before it can load; closes it as the frame goes. */
  const frame = useCallback((element: HTMLIFrameElement | null) => {
    line.current?.abort();
    line.current = null;
    if (!element) return;
    line.current = new AbortController();
    lineToCard(
      element,
      (note) => {
        if (note.kind === 'height') setHeight(Math.ceil(note.px));
        else setNudgeId(null);
      },
      line.current.signal,
    );
  }, []);

  async function preview() {
    setError('');
    try {
      const preview = await request('nudge/preview', {});
      setNudgeId(preview.kind === 'card' ? preview.nudgeId : null);
      setResting(preview.kind === 'resting' ? preview.resting : null);
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  return (
    <section aria-labelledby="preview-heading" class="card">
      <h2 id="preview-heading">Preview a nudge</h2>
      <p class="muted">See the card Tend shows on a feed once you have scrolled past your threshold.</p>
      <button type="button" onClick={() => void preview()}>
        Preview a nudge
      </button>
      {error && <p role="alert">{error}</p>}
      <div role="status">{resting && <RestingNote resting={resting} />}</div>
      {nudgeId && (
        <iframe
          ref={frame}
          class="preview-frame"
          title="Tend suggestion (preview)"
          src={`${browser.runtime.getURL('/nudge.html')}#${nudgeId}`}
          style={{ height: `${height}px` }}
        />
      )}
    </section>
  );
}
