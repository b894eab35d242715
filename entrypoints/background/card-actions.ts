/**
 * What the card's buttons do. The card only asks; every choice is checked and
 * carried out here, and only the tab a card was shown in (or an extension
 * page, for a preview) may act on it, so a page can never answer for another.
 */
import type { IDBPDatabase } from 'idb';
import { actionById } from '../../utils/nudging/actions';
import { channelLink } from '../../utils/nudging/channels';
import { buildPlan, type NightPlan, type NudgePlan } from '../../utils/nudging/plan';
import { browser } from '../../utils/platform/browser';
import { dayKey } from '../../utils/platform/day';
import { clockTime, type HourWindow, nextLocalTime } from '../../utils/platform/hour-window';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { PageSender } from '../../utils/protocol/sender';
import { isPreview } from '../../utils/records/preview';
import type { NudgeRecord } from '../../utils/records/types';
import { DEFAULT_WAKING_HOURS } from '../../utils/settings/settings';
import { OTHER_SITE } from '../../utils/sites/label';
import { saveNudge } from './db/recent-cards';
import type { TendDB } from './db/schema';
import { pickIdea, remindersAt } from './nudge-lifecycle';
import { closeCard, settle, settled, stopExpiry } from './nudge-outcome';
import { forgetNudges } from './policy-memory';
import { recordConnection } from './record-connection';
import { beforeConnection, forgetUndo, keepUndo, UNDO_WITHIN_MS, undoChoice } from './undo';

/** The nudge a page may act on: the one shown in its own tab, or a preview. */
/**
 * The nudge a card asks about, if that card may: it must be in the tab the nudge was shown in, and the
 * nudge must still be showing there. So a frame of the same address made again later (by the page, or a
 * card left over) shows nothing and acts on nothing. Only saying goodbye, and a second "I did it" in a
 * race with the first, are answered after the end.
 */
async function nudgeFor(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  { afterEnd = false } = {},
): Promise<NudgeRecord> {
  const nudge = await db.get('nudges', nudgeId);
  if (!nudge) throw new ProtocolError('not-found', 'This suggestion is no longer available.');
  if (nudge.tabId !== null && nudge.tabId !== sender.tabId) {
    throw new ProtocolError('forbidden', 'A suggestion can only be answered from the tab it was shown in.');
  }
  if (!afterEnd && !isShowing(nudge)) throw new ProtocolError('not-found', 'This suggestion has ended.');
  return nudge;
}

/** Shown and not yet answered, or answered by opening a message (the card stays up for "I did it"). */
function isShowing(nudge: NudgeRecord): boolean {
  return nudge.outcome === 'shown' || nudge.outcome === 'acted';
}

/** The hour, for a late-night card's word about the morning. */
export interface NightAsk {
  now: number;
  wakingHours: HourWindow | null;
}

async function planOf(db: IDBPDatabase<TendDB>, nudge: NudgeRecord, nightAsk?: NightAsk): Promise<NudgePlan> {
  const person = nudge.personId ? await db.get('people', nudge.personId) : undefined;
  const moment = nudge.momentId ? await db.get('moments', nudge.momentId) : undefined;
  const night = nudge.night && nightAsk ? await morningOf(db, nightAsk) : null;
  return buildPlan(nudge, person, moment, night);
}

/** When the user's day begins, and whom Tend will bring up then. */
async function morningOf(db: IDBPDatabase<TendDB>, { now, wakingHours }: NightAsk): Promise<NightPlan> {
  const from = (wakingHours ?? DEFAULT_WAKING_HOURS).from;
  const tomorrow = await remindersAt(db, nextLocalTime(from, now), wakingHours);
  return { wakeAt: clockTime(from), tomorrow };
}

export async function nudgePlan(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  nightAsk: NightAsk,
): Promise<NudgePlan> {
  return planOf(db, await nudgeFor(db, nudgeId, sender), nightAsk);
}

/** A late-night card's step, planned for the morning: it comes first then, with the message if one was written. */
export async function planForTomorrow(
  db: IDBPDatabase<TendDB>,
  data: { nudgeId: string; body?: string },
  sender: PageSender,
  now: number,
): Promise<void> {
  const nudge = await nudgeFor(db, data.nudgeId, sender);
  if (!nudge.night || nudge.personId === null) {
    throw new ProtocolError('invalid-data', 'Only a late-night card plans a step for the morning.');
  }
  const written = data.body?.trim();
  // The card says what happened, with Undo, then asks to go (`hideNudge`).
  await settle(db, nudge, 'planned', now, written ? { draftBody: written } : {});
  await keepUndo({ until: now + UNDO_WITHIN_MS, nudge });
}

/** "Close the feed", on a late-night card: recorded now; the tab closes once the card has said good night. */
export async function closeFeedFromNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  now: number,
): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  if (!nudge.night) throw new ProtocolError('invalid-data', 'Only a late-night card closes the feed.');
  await settle(db, nudge, 'closed-feed', now);
}

/**
 * The card's main button: opens the chosen way of reaching the person, with
 * the message as the user edited it, or (link null) notes that the message
 * was copied.
 */
export async function actOnNudge(
  db: IDBPDatabase<TendDB>,
  data: { nudgeId: string; link: number | null; body?: string },
  sender: PageSender,
  now: number,
): Promise<NudgePlan> {
  const nudge = await nudgeFor(db, data.nudgeId, sender);
  const plan = await planOf(db, nudge);
  if (data.link !== null) {
    const offered = plan.links[data.link];
    if (!offered || plan.personName === null) {
      throw new ProtocolError('invalid-data', 'That way of reaching them is not on the card.');
    }
    const draft = { subject: plan.draft.subject, body: data.body ?? plan.draft.body };
    await browser.tabs.create({ url: channelLink(offered.channel, plan.personName, draft).url, active: true });
  }
  const acted = await settle(db, nudge, 'acted', now);
  return { ...plan, outcome: acted.outcome };
}

/** "I did it": the connection and the nudge's outcome are recorded together; a second press changes nothing. */
export async function nudgeDone(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  now: number,
): Promise<NudgePlan> {
  const nudge = await nudgeFor(db, nudgeId, sender, { afterEnd: true });
  if (nudge.outcome === 'done') return planOf(db, nudge);
  if (!isShowing(nudge)) throw new ProtocolError('not-found', 'This suggestion has ended.');
  const action = actionById(nudge.actionId);
  if (!nudge.personId || !action)
    throw new ProtocolError('invalid-data', 'This suggestion has no one to connect with.');
  const done = settled(nudge, 'done', now);
  const site = isPreview(nudge) ? OTHER_SITE : nudge.site;
  const before = await beforeConnection(db, nudge.personId, nudge.momentId);
  const interaction = await recordConnection(db, {
    personId: nudge.personId,
    action,
    momentId: nudge.momentId,
    site,
    now,
    nudge: done,
  });
  await stopExpiry(nudge.id);
  if (before) {
    await keepUndo({
      until: now + UNDO_WITHIN_MS,
      nudge,
      connection: { interactionId: interaction.id, day: dayKey(now), site, ...before },
    });
  }
  return planOf(db, done);
}

export async function anotherIdea(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  ask: { now: number; wakingHours: HourWindow | null },
): Promise<NudgePlan> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  const skipped = [...nudge.skipped, { personId: nudge.personId, actionId: nudge.actionId }];
  const { idea } = await pickIdea(db, { ...ask, skip: skipped });
  if (!idea) return planOf(db, nudge);
  const next: NudgeRecord = {
    ...nudge,
    personId: idea.personId,
    actionId: idea.actionId,
    momentId: idea.momentId,
    reason: idea.reason,
    skipped,
  };
  await saveNudge(db, next);
  forgetNudges();
  return planOf(db, next);
}

export type Dismissal = { kind: 'snooze'; minutes: number } | { kind: 'not-now' } | { kind: 'pause-site' };

/**
 * Snooze, "Not now" and "Pause here today": Tend holds back as asked. The card says so, with Undo, and then
 * asks to go (`hideNudge`).
 */
export async function dismissNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  how: Dismissal,
  sender: PageSender,
  now: number,
  pauseSite: (site: string, day: string) => Promise<string | null>,
): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  // A preview is on no site: there is nothing to pause, so asking to is only a "Not now".
  const pausing = how.kind === 'pause-site' && !isPreview(nudge);
  if (how.kind === 'snooze') await settle(db, nudge, 'snoozed', now, { snoozedUntil: now + how.minutes * 60_000 });
  else await settle(db, nudge, pausing ? 'paused-site' : 'dismissed', now);
  const pausedBefore = pausing ? await pauseSite(nudge.site, dayKey(now)) : undefined;
  await keepUndo({
    until: now + UNDO_WITHIN_MS,
    nudge,
    ...(pausedBefore === undefined ? {} : { pausedSite: { site: nudge.site, before: pausedBefore } }),
  });
}

/**
 * Undo, on the card, a moment after one of the choices above or "I did it": everything is as it was, and the
 * card is open again. Only the card's own tab may, and only for a few seconds.
 */
export async function undoNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  nightAsk: NightAsk,
  unpauseSite: (site: string, before: string | null) => Promise<void>,
): Promise<NudgePlan> {
  const nudge = await nudgeFor(db, nudgeId, sender, { afterEnd: true });
  const restored = await undoChoice(db, nudge, nightAsk.now, unpauseSite);
  return planOf(db, restored, nightAsk);
}

/** The card asks to go once it has said its last word ("Logged."), keeping the outcome as it is. */
export async function hideNudge(db: IDBPDatabase<TendDB>, nudgeId: string, sender: PageSender): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender, { afterEnd: true });
  await forgetUndo(nudge.id);
  if (nudge.outcome === 'closed-feed' && nudge.tabId !== null) {
    // The user asked to close the feed: the tab it was on goes (it may have gone already).
    await browser.tabs.remove(nudge.tabId).catch(() => {});
    return;
  }
  await closeCard(nudge);
}

/** "Add people", on the card shown when there is no one yet. */
export async function openOptionsFromNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  now: number,
): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  await browser.runtime.openOptionsPage();
  await closeCard(await settle(db, nudge, 'acted', now));
}
