/**
 * The nudge's life in the background: deciding to show one, the plan the
 * card asks for, and every choice the user makes on it. Only the tab a card
 * was shown in (or an extension page, for a preview) may act on it.
 */
import type { IDBPDatabase } from 'idb';
import { actionById } from '../../utils/nudging/actions';
import { channelLink } from '../../utils/nudging/channels';
import { buildPlan, INVITE_ACTION, type NudgePlan } from '../../utils/nudging/plan';
import { decide, holdWithoutHistory, LONGEST_SNOOZE_MS, outsideWakingHours } from '../../utils/nudging/policy';
import { suggest } from '../../utils/nudging/suggest';
import { browser } from '../../utils/platform/browser';
import { dayKey, startOfDay } from '../../utils/platform/day';
import type { HourWindow } from '../../utils/platform/hour-window';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { Preview } from '../../utils/protocol/results';
import type { PageSender } from '../../utils/protocol/sender';
import type { NudgeRecord } from '../../utils/records/types';
import type { Settings } from '../../utils/settings/settings';
import { OTHER_SITE, PREVIEW_SITE } from '../../utils/sites/label';
import { atomically } from './db/atomic';
import { countOnDay } from './db/days';
import { IGNORE_AFTER_MS, isOnScreen, isPreview, nudgesSince } from './db/recent-nudges';
import type { Sitting, TendDB } from './db/schema';
import { recordConnection } from './record-connection';

const DAY = 86_400_000;
/** Enough history for rotation and for "recently turned down". */
const HISTORY_MS = 30 * DAY;

export const EXPIRY_ALARM_PREFIX = 'nudge-expire:';
const expiryAlarm = (nudgeId: string) => `${EXPIRY_ALARM_PREFIX}${nudgeId}`;

/** When, and for whom: the time, the user's waking hours, and the ideas already passed over on this card. */
export interface IdeaAsk {
  now: number;
  wakingHours: HourWindow | null;
  skip?: NudgeRecord['skipped'];
}

export async function pickIdea(db: IDBPDatabase<TendDB>, { now, wakingHours, skip = [] }: IdeaAsk) {
  const [people, moments, interactions, nudges] = await Promise.all([
    db.getAll('people'),
    db.getAll('moments'),
    db.getAllFromIndex('interactions', 'by-at', IDBKeyRange.lowerBound(now - HISTORY_MS)),
    nudgesSince(db, now - HISTORY_MS),
  ]);
  const idea = suggest({ people, moments, interactions, nudges, now, wakingHours, skip });
  return { idea, hasPeople: people.some((person) => !person.archived) };
}

export async function hasActivePeople(db: IDBPDatabase<TendDB>): Promise<boolean> {
  for (let cursor = await db.transaction('people').store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!cursor.value.archived) return true;
  }
  return false;
}

/** A new nudge: the best idea now, or an invitation to add people when there are none. Null when people exist but no idea fits. */
async function createNudge(
  db: IDBPDatabase<TendDB>,
  fields: { site: string; tabId: number | null; passiveMs: number; now: number; wakingHours: HourWindow | null },
): Promise<NudgeRecord | null> {
  const { idea, hasPeople } = await pickIdea(db, { now: fields.now, wakingHours: fields.wakingHours });
  if (hasPeople && !idea) return null;
  const nudge: NudgeRecord = {
    id: crypto.randomUUID(),
    at: fields.now,
    site: fields.site,
    tabId: fields.tabId,
    passiveMinutes: Math.floor(fields.passiveMs / 60_000),
    personId: idea?.personId ?? null,
    actionId: idea?.actionId ?? INVITE_ACTION,
    momentId: idea?.momentId ?? null,
    reason: idea?.reason ?? '',
    outcome: 'shown',
    decidedAt: null,
    skipped: [],
    snoozedUntil: null,
  };
  const tx = db.transaction(['nudges', 'days'], 'readwrite');
  await atomically(tx, async () => {
    await tx.objectStore('nudges').put(nudge);
    if (fields.site !== PREVIEW_SITE)
      await countOnDay(tx.objectStore('days'), dayKey(fields.now), fields.site, 'nudges');
  });
  return nudge;
}

/**
 * After a report, shows a nudge in the reporting tab if the policy allows one
 * now. Returns the new nudge's id, which is all the content script learns.
 */
export async function maybeNudge(
  db: IDBPDatabase<TendDB>,
  settings: Settings,
  where: { site: string; tabId: number; sitting: Sitting | undefined; now: number },
): Promise<string | null> {
  const { now, sitting } = where;
  if (!sitting) return null;
  // Most reports end here, without reading anything: a pause, the hour, or a sitting still short of its threshold.
  if (holdWithoutHistory(settings, { now, site: where.site, sittingPassiveMs: sitting.passiveMs })) return null;
  // Far enough back for every rule: today's cap, this sitting, a card still up, and a cooldown or a snooze
  // that began before midnight or before this sitting.
  const lookback = Math.max(IGNORE_AFTER_MS + LONGEST_SNOOZE_MS, settings.cooldownMinutes * 60_000);
  const since = Math.min(startOfDay(now), sitting.startedAt, now - lookback);
  const recent = (await nudgesSince(db, since)).filter((nudge) => !isPreview(nudge));
  const verdict = decide(settings, {
    now,
    site: where.site,
    sittingPassiveMs: sitting.passiveMs,
    nudgesThisSitting: recent.filter((n) => n.site === where.site && n.at >= sitting.startedAt).length,
    nudgesToday: recent.filter((n) => n.at >= startOfDay(now)).length,
    lastNudgeAt: recent.at(-1)?.at ?? null,
    nudgeOnScreen: recent.some((n) => isOnScreen(n, now)),
    snoozedUntil: Math.max(0, ...recent.map((n) => n.snoozedUntil ?? 0)) || null,
  });
  if (!verdict.nudge) return null;
  const nudge = await createNudge(db, {
    site: where.site,
    tabId: where.tabId,
    passiveMs: sitting.passiveMs,
    now,
    wakingHours: settings.wakingHours,
  });
  if (!nudge) return null;
  await browser.alarms.create(expiryAlarm(nudge.id), { when: now + IGNORE_AFTER_MS });
  return nudge.id;
}

/** The card a feed would show now, or why none would: the preview keeps to waking hours like a real nudge. */
export async function previewNudge(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<Preview> {
  const asleep = outsideWakingHours(settings, now);
  if (asleep) return { kind: 'resting', resting: asleep };
  const nudge = await createNudge(db, {
    site: PREVIEW_SITE,
    tabId: null,
    passiveMs: 12 * 60_000,
    now,
    wakingHours: settings.wakingHours,
  });
  if (!nudge) throw new ProtocolError('not-found', 'No suggestion fits right now; try again later.');
  return { kind: 'card', nudgeId: nudge.id };
}

/** The nudge a page may act on: the one shown in its own tab, or a preview. */
async function nudgeFor(db: IDBPDatabase<TendDB>, nudgeId: string, sender: PageSender): Promise<NudgeRecord> {
  const nudge = await db.get('nudges', nudgeId);
  if (!nudge) throw new ProtocolError('not-found', 'This suggestion is no longer available.');
  if (nudge.tabId !== null && nudge.tabId !== sender.tabId) {
    throw new ProtocolError('forbidden', 'A suggestion can only be answered from the tab it was shown in.');
  }
  return nudge;
}

async function planOf(db: IDBPDatabase<TendDB>, nudge: NudgeRecord): Promise<NudgePlan> {
  const person = nudge.personId ? await db.get('people', nudge.personId) : undefined;
  const moment = nudge.momentId ? await db.get('moments', nudge.momentId) : undefined;
  return buildPlan(nudge, person, moment);
}

export async function nudgePlan(db: IDBPDatabase<TendDB>, nudgeId: string, sender: PageSender): Promise<NudgePlan> {
  return planOf(db, await nudgeFor(db, nudgeId, sender));
}

/** Takes the card down in its tab; the tab may have closed or navigated meanwhile. */
async function closeCard(nudge: NudgeRecord): Promise<void> {
  if (nudge.tabId === null) return;
  try {
    await browser.tabs.sendMessage(nudge.tabId, { type: 'nudge/close', nudgeId: nudge.id });
  } catch {
    // No content script there any more: nothing to take down.
  }
}

async function settle(
  db: IDBPDatabase<TendDB>,
  nudge: NudgeRecord,
  outcome: NudgeRecord['outcome'],
  now: number,
  extra: Partial<NudgeRecord> = {},
): Promise<NudgeRecord> {
  const settled = { ...nudge, ...extra, outcome, decidedAt: now };
  await db.put('nudges', settled);
  await browser.alarms.clear(expiryAlarm(nudge.id));
  return settled;
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
  const acted = nudge.outcome === 'done' ? nudge : await settle(db, nudge, 'acted', now);
  return { ...plan, outcome: acted.outcome };
}

export async function nudgeDone(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  now: number,
): Promise<NudgePlan> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  const action = actionById(nudge.actionId);
  if (!nudge.personId || !action)
    throw new ProtocolError('invalid-data', 'This suggestion has no one to connect with.');
  if (nudge.outcome === 'done') return planOf(db, nudge);
  const tx = db.transaction(['nudges', 'people', 'moments', 'interactions', 'days'], 'readwrite');
  const done = await atomically(tx, async () => {
    const person = await tx.objectStore('people').get(nudge.personId ?? '');
    if (!person) throw new ProtocolError('not-found', 'That person is no longer in Tend.');
    const site = isPreview(nudge) ? OTHER_SITE : nudge.site;
    await recordConnection(tx, { person, action, momentId: nudge.momentId, nudgeId: nudge.id, site, now });
    const settled = { ...nudge, outcome: 'done' as const, decidedAt: now };
    await tx.objectStore('nudges').put(settled);
    return settled;
  });
  await browser.alarms.clear(expiryAlarm(nudge.id));
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
  await db.put('nudges', next);
  return planOf(db, next);
}

export type Dismissal = { kind: 'snooze'; minutes: number } | { kind: 'not-now' } | { kind: 'pause-site' };

/** Snooze, "Not now" and "Pause here today": the card goes, and Tend holds back as asked. */
export async function dismissNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  how: Dismissal,
  sender: PageSender,
  now: number,
  pauseSite: (site: string, day: string) => Promise<void>,
): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  const settled =
    how.kind === 'snooze'
      ? await settle(db, nudge, 'snoozed', now, { snoozedUntil: now + how.minutes * 60_000 })
      : await settle(db, nudge, 'dismissed', now);
  if (how.kind === 'pause-site' && !isPreview(nudge)) await pauseSite(nudge.site, dayKey(now));
  await closeCard(settled);
}

/** The card asks to go once it has said its last word ("Logged."), keeping the outcome as it is. */
export async function hideNudge(db: IDBPDatabase<TendDB>, nudgeId: string, sender: PageSender): Promise<void> {
  await closeCard(await nudgeFor(db, nudgeId, sender));
}

export async function openOptionsFromNudge(
  db: IDBPDatabase<TendDB>,
  nudgeId: string,
  sender: PageSender,
  now: number,
): Promise<void> {
  const nudge = await nudgeFor(db, nudgeId, sender);
  await browser.runtime.openOptionsPage();
  const settled = await settle(db, nudge, 'acted', now);
  await closeCard(settled);
}

/** The alarm for a card nobody answered: record it as ignored and take it down. */
export async function expireNudge(db: IDBPDatabase<TendDB>, nudgeId: string, now: number): Promise<void> {
  const nudge = await db.get('nudges', nudgeId);
  if (!nudge) return;
  if (nudge.outcome === 'shown') await settle(db, nudge, 'ignored', now);
  await closeCard(nudge);
}

/** A report may cross the reply that announced a card; only older cards can be missing for real. */
const ANNOUNCE_GRACE_MS = 10_000;

/** The page a card was on went away (closed, reloaded, navigated): a card still waiting counts as ignored. */
export async function cardGone(db: IDBPDatabase<TendDB>, tabId: number, now: number): Promise<void> {
  const waiting = (await nudgesSince(db, now - IGNORE_AFTER_MS)).filter(
    (nudge) => nudge.tabId === tabId && nudge.outcome === 'shown' && nudge.at < now - ANNOUNCE_GRACE_MS,
  );
  for (const nudge of waiting) await settle(db, nudge, 'ignored', now);
}
