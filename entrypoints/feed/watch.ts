/**
 * Measures passive scrolling in one tab and reports it. Input listeners are
 * added first, before the page's own, and only store timestamps; a
 * once-a-second tick, running only while the tab is visible, notices
 * in-page navigation and, on a feed, arms the wheel listener for the next
 * second and feeds the timestamps to the pure detector; a report goes to
 * the background every few seconds and whenever the page hides or
 * navigates. Everything is tied to the instance's lifetime, so an
 * extension update stops it cleanly.
 */
import {
  DETECTOR_DEFAULTS,
  drain,
  initialDetectorState,
  observe,
  SAMPLE_INTERVAL_MS,
} from '../../utils/detection/detector';
import { watchInput } from '../../utils/detection/input-signals';
import { MAX_SPAN_AGE_MS, REPORT_INTERVAL_MS, type Span } from '../../utils/detection/report';
import { appendSpan } from '../../utils/detection/spans';
import { systemClock } from '../../utils/platform/clock';
import { type MessageSender, runtime } from '../../utils/platform/runtime';
import { RequestError, request } from '../../utils/protocol/request';
import { isCloseCard, isFocusCard } from '../../utils/protocol/tab-messages';
import { isFeedPath } from '../../utils/sites/site';
import { createCard } from './card';
import type { Lifetime } from './lifetime';

export function watchFeed(lifetime: Lifetime): void {
  const { signal } = lifetime;
  // First of all, so these listeners come before any the page adds (see input-signals.ts).
  const input = watchInput((type, handler) => {
    window.addEventListener(type, handler, { capture: true, passive: true, signal });
    return () => window.removeEventListener(type, handler, { capture: true });
  });
  const { signals } = input;
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
    target.addEventListener(type, handler, { signal });
  const card = createCard(lifetime);
  const api = runtime();
  const onMessage = (message: unknown, sender: MessageSender) => {
    if (sender.id !== api.id) return;
    if (isCloseCard(message)) card.close(message.nudgeId);
    else if (isFocusCard(message)) card.toggleFocus();
  };
  api.onMessage.addListener(onMessage);
  lifetime.onEnd(() => api.onMessage.removeListener(onMessage));

  let detector = initialDetectorState;
  let path = location.pathname;
  /**
   * Which of this site's paths are feeds, as the background says when asked: the script carries no site's
   * patterns (every built-in site's would weigh on every feed). Until it knows, nothing counts.
   */
  let feedPaths: { feeds: RegExp[]; notFeeds: RegExp[] } | null = null;
  let asking = false;
  let onFeed = false;
  /** Cleared when the background says this site is off (or the window is private); tried again on the next view. */
  let tracked = true;
  let attending = false;
  /** Once a second while the tab is visible: notices in-page navigation, and samples while on a feed. */
  let ticker: ReturnType<typeof setInterval> | undefined;
  let lastReportAt = performance.now();
  /** Spans whose report failed, sent again with the next one (the background ignores repeats). */
  let unsent: Span[] = [];

  const isAttending = () => tracked && onFeed && document.visibilityState === 'visible' && document.hasFocus();

  function sample(): void {
    detector = observe(detector, {
      at: performance.now(),
      lastScrollAt: signals.lastScrollAt,
      lastTypingAt: signals.lastTypingAt,
      attending,
    });
  }

  /** Credits the time up to now under the old attention, then takes the new one. */
  function refresh(): void {
    sample();
    attending = isAttending();
    const shouldTick = document.visibilityState === 'visible';
    if (shouldTick && ticker === undefined) {
      ticker = setInterval(tick, SAMPLE_INTERVAL_MS);
    } else if (!shouldTick && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
  }

  async function learnFeedPaths(): Promise<void> {
    if (asking || feedPaths) return;
    asking = true;
    try {
      const paths = await request('site/feed-paths', {});
      const compile = (sources: string[]) => sources.map((source) => new RegExp(source));
      feedPaths = { feeds: compile(paths.feeds), notFeeds: compile(paths.notFeeds) };
      onFeed = isFeedPath(feedPaths, path);
      refresh();
    } catch (error) {
      // Not a site Tend watches (any more): this script has nothing to count. Anything else is asked again.
      if (error instanceof RequestError && error.code === 'forbidden') lifetime.end();
    } finally {
      asking = false;
    }
  }

  /** Runs once a second while the tab is visible, scrolling or not: it does as little as it can. */
  function tick(): void {
    if (!lifetime.isLive()) return;
    if (!feedPaths) void learnFeedPaths();
    if (location.pathname !== path) navigated();
    if (!tracked || !onFeed) return;
    input.rearm();
    if (!idleSinceLastSample()) refresh();
    if (performance.now() - lastReportAt >= REPORT_INTERVAL_MS) void report();
  }

  /**
   * No scroll since the last sample, whose scroll window had already closed: nothing can be credited, so
   * the sample is skipped. The next one after a scroll credits from that scroll on (see `observe`), and
   * attention changes in between are sampled by their own events.
   */
  function idleSinceLastSample(): boolean {
    const { lastAt, lastScrollAt } = detector;
    return (
      lastAt !== null &&
      signals.lastScrollAt === lastScrollAt &&
      lastScrollAt + DETECTOR_DEFAULTS.scrollWindowMs < lastAt
    );
  }

  /**
   * A feed's own router changes the address without loading a page. Back and forward say so (a trusted
   * `popstate`); `pushState` says nothing, so the address is also checked each tick.
   */
  function onPopState(event: Event): void {
    if (lifetime.isLive() && event.isTrusted) navigated();
  }

  /** A view that came back to the same address still counts as a new view: the site may have been turned on meanwhile. */
  function navigated(): void {
    sample();
    path = location.pathname;
    onFeed = feedPaths !== null && isFeedPath(feedPaths, path);
    tracked = true;
    flush();
  }

  async function report(): Promise<void> {
    const now = performance.now();
    const wallNow = systemClock.now();
    lastReportAt = now;
    const taken = drain(detector);
    detector = taken.state;
    let spans: Span[] = [];
    for (const span of [...unsent, ...taken.spans]) {
      if (now - span[0] < MAX_SPAN_AGE_MS - REPORT_INTERVAL_MS) spans = appendSpan(spans, span);
    }
    unsent = [];
    if (spans.length === 0 || !lifetime.isLive()) return;
    try {
      const receipt = await request('activity/report', {
        sentAt: now,
        sentAtWall: wallNow,
        spans,
        showing: card.showing,
        inSight: document.visibilityState === 'visible',
      });
      if (receipt.nudge) card.show(receipt.nudge.id);
      if (!receipt.tracking) {
        tracked = false;
        refresh();
      }
    } catch (error) {
      // A refusal will not change on retry; anything else (a worker that is
      // restarting, a dropped reply) is retried with the next report.
      const refused = error instanceof RequestError && (error.code === 'invalid-data' || error.code === 'forbidden');
      if (!refused && lifetime.isLive()) unsent = spans;
    }
  }

  function flush(): void {
    refresh();
    void report();
  }

  listen(document, 'visibilitychange', () => {
    if (!lifetime.isLive()) return;
    // Settings may have changed while the page was out of sight: measure again and let the next report tell.
    if (document.visibilityState === 'visible') tracked = true;
    flush();
  });
  listen(window, 'focus', refresh);
  listen(window, 'blur', refresh);
  listen(window, 'pagehide', flush);
  listen(window, 'popstate', onPopState);
  lifetime.onEnd(() => clearInterval(ticker));
  refresh();
  void learnFeedPaths();
}
