/**
 * A nudge's life apart from the card's buttons (those are card-actions.ts):
 * after a report the policy decides whether one may show and the engine picks
 * its idea (the popup and "Another idea" ask the same engine); a card left
 * unanswered, or whose page went away, is settled as ignored, so the history
 * and the rules that read it stay true.
 */
import type { IDBPDatabase } from 'idb';
import { INVITE_ACTION } from '../../utils/nudging/plan';
import {
  decide,
  type Hold,
  holdWithoutHistory,
  LONGEST_SNOOZE_MS,
  nightStart,
  outsideWakingHours,
  type PolicyState,
} from '../../utils/nudging/policy';
import type { RankedSuggestion, Suggestion } from '../../utils/nudging/suggest';
import { dayKey, startOfDay } from '../../utils/platform/day';
import type { HourWindow } from '../../utils/platform/hour-window';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { Preview } from '../../utils/protocol/results';
import { isPreview } from '../../utils/records/preview';
import type { NudgeRecord } from '../../utils/records/types';
import type { Settings } from '../../utils/settings/settings';
import { PREVIEW_SITE } from '../../utils/sites/label';
import { bestIdeas, type IdeaAsk } from './best-ideas';
import { atomically } from './db/atomic';
import { countOnDay } from './db/days';
import { putNudge } from './db/recent-cards';
import { IGNORE_AFTER_MS, isAcceptedInvitation, isOnScreen, nudgesSince } from './db/recent-nudges';
import { hasActivePeople } from './db/roster-reads';
import type { Sitting, TendDB } from './db/schema';
import { closeCard, settle, startExpiry } from './nudge-outcome';
import {
  forgetNudges,
  knownNoCardWaiting,
  type Look,
  rememberHold,
  rememberNoCardWaiting,
  startLook,
  stillHeld,
} from './policy-memory';

export type { IdeaAsk } from './best-ideas';

/** The engine's best idea now, and whether anyone is there to suggest. */
export async function pickIdea(db: IDBPDatabase<TendDB>, ask: IdeaAsk) {
  const { ideas, hasPeople } = await bestIdeas(db, ask, 1);
  const [best] = ideas;
  return { idea: best ? withoutWorth(best) : null, hasPeople };
}

function withoutWorth({ worth: _worth, ...suggestion }: RankedSuggestion): Suggestion {
  return suggestion;
}

/** Who Tend will bring up when the user's day begins at `wakeAt`: the first few people worth a card then. */
export async function remindersAt(db: IDBPDatabase<TendDB>, wakeAt: number, wakingHours: HourWindow | null) {
  const wanted = 3;
  const { ideas, people } = await bestIdeas(db, { now: wakeAt, wakingHours }, wanted);
  const ids = [...new Set(ideas.map((idea) => idea.personId))].slice(0, wanted);
  return ids.flatMap((id) => people.get(id)?.name ?? []);
}

/** A new nudge: the best idea now, or an invitation to add people when there are none. Null when people exist but no idea fits. */
async function createNudge(
  db: IDBPDatabase<TendDB>,
  fields: {
    site: string;
    tabId: number | null;
    passiveMs: number;
    now: number;
    wakingHours: HourWindow | null;
    night?: boolean;
  },
): Promise<NudgeRecord | null> {
  // Late at night the step is for the morning, so any action may be planned, a call too.
  const wakingHours = fields.night ? null : fields.wakingHours;
  const { idea, hasPeople } = await pickIdea(db, { now: fields.now, wakingHours });
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
    ...(fields.night && idea ? { night: true } : {}),
    ...(idea?.draftBody === undefined ? {} : { draftBody: idea.draftBody }),
  };
  const tx = db.transaction(['nudges', 'days', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    await putNudge({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, nudge);
    if (!isPreview(nudge)) await countOnDay(tx.objectStore('days'), dayKey(fields.now), fields.site, 'nudges');
  });
  forgetNudges();
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
  // And while the last "no" holds (a cap, a cooldown, a snooze, a card up), nothing is read to hear it again.
  const settingsKey = JSON.stringify(settings);
  if (stillHeld(settingsKey, sitting, now)) return null;
  // Far enough back for every rule: today's cap, this sitting, a card still up, and a cooldown or a snooze
  // that began before midnight or before this sitting.
  const lookback = Math.max(IGNORE_AFTER_MS + LONGEST_SNOOZE_MS, settings.cooldownMinutes * 60_000);
  // And late at night, back to the evening's end: one late-night card is enough for a night.
  const night = nightStart(settings, now);
  const since = Math.min(startOfDay(now), sitting.startedAt, now - lookback, night ?? now);
  const look = startLook();
  const shown = (await nudgesSince(db, since)).filter((nudge) => !isPreview(nudge));
  // "Add people" asked for what comes next: once someone is there, the invitation holds back no card about them.
  // Until then it counts like any card, so going back to the feed without adding anyone brings no new invitation.
  const invitations = shown.some(isAcceptedInvitation);
  const invited = invitations && (await hasActivePeople(db));
  const recent = invited ? shown.filter((nudge) => !isAcceptedInvitation(nudge)) : shown;
  const state = {
    now,
    site: where.site,
    sittingPassiveMs: sitting.passiveMs,
    nudgesThisSitting: recent.filter((n) => n.site === where.site && n.at >= sitting.startedAt).length,
    nudgesToday: recent.filter((n) => n.at >= startOfDay(now)).length,
    lastNudgeAt: recent.at(-1)?.at ?? null,
    nudgeOnScreen: recent.some((n) => isOnScreen(n, now)),
    snoozedUntil: Math.max(0, ...recent.map((n) => n.snoozedUntil ?? 0)) || null,
    lastNightCardAt: recent.filter((n) => n.night).at(-1)?.at ?? null,
  };
  const verdict = decide(settings, state);
  if (!verdict.nudge) {
    // Adding someone can lift a "no" that counted an accepted invitation, and writes no nudge: not remembered.
    if (!invitations) remember(look, settingsKey, verdict, { settings, sitting, state, recent });
    return null;
  }
  const nudge = await createNudge(db, {
    site: where.site,
    tabId: where.tabId,
    passiveMs: sitting.passiveMs,
    now,
    wakingHours: settings.wakingHours,
    night: night !== null,
  });
  if (!nudge) return null;
  await startExpiry(nudge.id, now + IGNORE_AFTER_MS);
  return nudge.id;
}

/** Until when a "no" holds, as far as it is known: a card up holds until the last one times out. */
function remember(
  look: Look,
  settingsKey: string,
  { because, until }: { because: Hold; until: number | null },
  seen: { settings: Settings; sitting: Sitting; state: PolicyState; recent: readonly NudgeRecord[] },
): void {
  if (because === 'below threshold') {
    const belowMs = seen.settings.thresholdSeconds * 1000 * (seen.state.nudgesThisSitting + 1);
    rememberHold(look, settingsKey, { sitting: seen.sitting, belowMs });
  } else if (because === 'a nudge is already showing') {
    const upUntil = seen.recent.filter((n) => isOnScreen(n, seen.state.now)).map((n) => n.at + IGNORE_AFTER_MS);
    rememberHold(look, settingsKey, { until: Math.max(...upUntil) });
  } else if (until !== null) {
    rememberHold(look, settingsKey, { until });
  }
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
  // Most reports come from tabs showing nothing while no card is up anywhere: nothing to read then.
  if (knownNoCardWaiting()) return;
  const look = startLook();
  const shown = (await nudgesSince(db, now - IGNORE_AFTER_MS)).filter((nudge) => nudge.outcome === 'shown');
  if (shown.length === 0) rememberNoCardWaiting(look);
  const gone = shown.filter((nudge) => nudge.tabId === tabId && nudge.at < now - ANNOUNCE_GRACE_MS);
  for (const nudge of gone) await settle(db, nudge, 'ignored', now);
}
