import { useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { RestingNote } from '../../../components/RestingNote';
import type { Resting } from '../../../utils/nudging/policy';
import { browser } from '../../../utils/platform/browser';
import { request } from '../../../utils/protocol/request';

/** Shows a real nudge card at once, the same page a feed shows, with a real suggestion. */
export function PreviewSection() {
  const [nudgeId, setNudgeId] = useState<string | null>(null);
  const [resting, setResting] = useState<Resting | null>(null);
  const [error, setError] = useState('');
  const [height, setHeight] = useState(260);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const data = event.data as { tendCardHeight?: unknown; tendCardClosed?: unknown } | null;
      if (typeof data?.tendCardHeight === 'number') setHeight(Math.ceil(data.tendCardHeight));
      if (data?.tendCardClosed === true) setNudgeId(null);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
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
