import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Resting } from '../utils/nudging/policy';
import { browser } from '../utils/platform/browser';
import { lineToCard } from '../utils/protocol/card-line';
import { request } from '../utils/protocol/request';
import { messageOf } from './errors';
import { RestingNote } from './RestingNote';

/**
 * A real nudge card, the same page a feed shows, with a real suggestion about the user's own people, asked
 * for when `ask` changes (each new value asks again); or, outside waking hours, why a feed would show none.
 */
export function CardPreview({ ask, title }: { ask: number; title: string }) {
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
      // Tend's own page frames this card: nothing here can lie over it.
      () => ({ pinned: true, alone: true }),
      line.current.signal,
    );
  }, []);

  useEffect(() => {
    if (ask === 0) return;
    setError('');
    request('nudge/preview', {})
      .then((preview) => {
        setNudgeId(preview.kind === 'card' ? preview.nudgeId : null);
        setResting(preview.kind === 'resting' ? preview.resting : null);
      })
      .catch((reason: unknown) => setError(messageOf(reason)));
  }, [ask]);

  return (
    <>
      {error && <p role="alert">{error}</p>}
      <div role="status">{resting && <RestingNote resting={resting} />}</div>
      {nudgeId && (
        <iframe
          ref={frame}
          class="preview-frame"
          title={title}
          src={`${browser.runtime.getURL('/nudge.html')}#${nudgeId}`}
          style={{ height: `${height}px` }}
        />
      )}
    </>
  );
}
