/**
 * How long one instance of the content script runs, and the rule that a tab
 * runs one.
 *
 * An instance lives until the extension that started it is updated, turned
 * off or removed. Browsers say so only by taking `runtime.id` away, so the
 * instance looks each time it does work (`isLive`) and ends itself then.
 *
 * A tab may be given the script more than once: Firefox runs the manifest's
 * scripts in open tabs on install and update, and Tend does so itself for
 * Chrome and for the sites users add. The first live instance in the
 * content script's world keeps the tab; later ones stop at once, so a card
 * that is showing and the spans not yet reported are never thrown away.
 *
 * This replaces WXT's ContentScriptContext, which announces every start to
 * the page (a `window.postMessage` and a document event named after the
 * extension id) and ends itself when the page dispatches that event. Here
 * instances meet only in the content script's own world, which no page can
 * see or reach.
 */
import { extensionRunning } from '../../utils/platform/extension-running';

export interface Lifetime {
  /** Aborted when the instance ends: listeners added with it are removed. */
  readonly signal: AbortSignal;
  /** True while the extension that started this instance is still running; ends the instance when not. */
  isLive(): boolean;
  /** Runs `callback` when the instance ends. */
  onEnd(callback: () => void): void;
  /** Ends the instance now: there is nothing for it to do here. */
  end(): void;
}

/** The running instance, kept in the content script's world, invisible to the page. */
interface WorldWithInstance {
  tendFeedInstance?: Lifetime;
}

/** A lifetime for a new instance, or null when a live one already has this tab. */
export function claimTab(): Lifetime | null {
  const world = globalThis as WorldWithInstance;
  if (world.tendFeedInstance?.isLive()) return null;
  const controller = new AbortController();
  const lifetime: Lifetime = {
    signal: controller.signal,
    isLive() {
      if (!controller.signal.aborted && !extensionRunning()) controller.abort();
      return !controller.signal.aborted;
    },
    onEnd(callback) {
      if (controller.signal.aborted) callback();
      else controller.signal.addEventListener('abort', callback, { once: true });
    },
    end() {
      controller.abort();
    },
  };
  world.tendFeedInstance = lifetime;
  return lifetime;
}
