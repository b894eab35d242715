/**
 * A month of use, driven through the real background on the unit harness:
 * the user adds people and what they shared on the options page, scrolls a
 * feed in a few sittings a day while the content script reports passive
 * time, and answers the cards that come. Time moves only on the harness's
 * clock, and the expiry alarm of an unanswered card fires when that clock
 * passes it, as the browser would fire it.
 */
import type { IDBPDatabase } from 'idb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTendDB } from '../../entrypoints/background/db/open';
import type { TendDB } from '../../entrypoints/background/db/schema';
import { EXPIRY_ALARM_PREFIX } from '../../entrypoints/background/nudge-outcome';
import type { NudgePlan } from '../../utils/nudging/plan';
import { addDays, startOfDayKey } from '../../utils/platform/day';
import { minuteOfDay } from '../../utils/platform/hour-window';
import type { MessageData, MessageResult, MessageType } from '../../utils/protocol/messages';
import type { NudgeRecord } from '../../utils/records/types';
import { clock, send, startBackground } from '../unit/background-harness';
import { contentSender, pageSender } from '../unit/senders';
import { MOST_OTHER_IDEAS, pickAnswer, pickNightAnswer, planDay, readingMs, snoozeMinutes } from './habits';
import type { Answer, LoggedMoment, LoggedPerson, LoggedSitting, MonthLog, ShownIdea } from './log';
import { type Random, seededRandom, seededUuids } from './random';
import { AWAY_DAYS, FIRST_DAY, MOMENTS, MONTH_DAYS, PEOPLE } from './scenario';

const FEED_URL = 'https://www.instagram.com/';
/**
 * The content script reports every 5 s; the simulation reports every 30 s
 * of scrolling (a report may carry minutes of spans), which moves a
 * threshold by at most 30 s and keeps a month to a few thousand messages.
 */
const REPORT_EVERY_MS = 30_000;
/** Sittings are kept this far apart, more than the background's 5-minute gap that ends a sitting. */
const BETWEEN_SITTINGS_MS = 10 * 60_000;
const MINUTE = 60_000;

/** What a card's answer leaves as the nudge's outcome in the database. */
const OUTCOME_OF: Record<Exclude<Answer, 'another'>, NudgeRecord['outcome']> = {
  done: 'done',
  'not-now': 'dismissed',
  snooze: 'snoozed',
  ignored: 'ignored',
  plan: 'planned',
  write: 'planned',
  'close-feed': 'closed-feed',
};

/** A feed open in a tab: its page clock, and the card it shows. */
interface FeedTab {
  id: number;
  openedAt: number;
  showing: string | null;
}

interface Month {
  answers: Random;
  db: IDBPDatabase<TendDB>;
  tabs: Map<number, FeedTab>;
  ideas: ShownIdea[];
}

async function ask<K extends MessageType>(
  type: K,
  data: MessageData<K>,
  sender = pageSender(),
): Promise<MessageResult<K>> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type} failed at ${new Date(clock.now()).toString()}: ${reply.error.message}`);
  return reply.value as MessageResult<K>;
}

/** Moves the clock to `target`, firing on the way every card expiry that falls due. */
async function advanceTo(target: number): Promise<void> {
  for (;;) {
    const due = (await fakeBrowser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith(EXPIRY_ALARM_PREFIX) && alarm.scheduledTime <= target)
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
    const alarm = due[0];
    if (!alarm) break;
    clock.set(Math.max(clock.now(), alarm.scheduledTime));
    await fakeBrowser.alarms.clear(alarm.name);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
  clock.set(Math.max(clock.now(), target));
}

function localDayStart(day: number): number {
  return startOfDayKey(addDays(FIRST_DAY, day));
}

function atHour(day: number, hour: number): number {
  const start = new Date(localDayStart(day));
  return new Date(start.getFullYear(), start.getMonth(), start.getDate(), hour).getTime();
}

async function nudgeRecord(month: Month, nudgeId: string): Promise<NudgeRecord> {
  const record = await month.db.get('nudges', nudgeId);
  if (!record) throw new Error(`Nudge ${nudgeId} is not in the database`);
  return record;
}

function ideaOf(record: NudgeRecord, plan: NudgePlan, ideaIndex: number): ShownIdea {
  return {
    nudgeId: record.id,
    ideaIndex,
    at: clock.now(),
    personId: record.personId,
    actionId: record.actionId,
    momentId: record.momentId,
    title: plan.title,
    reason: plan.reason,
    answer: 'ignored',
    answeredAt: clock.now(),
    night: plan.night !== null,
  };
}

const sameIdea = (a: NudgeRecord, b: NudgeRecord) =>
  a.personId === b.personId && a.actionId === b.actionId && a.momentId === b.momentId;

/** What a message written at night says; its words do not matter to the engine. */
const WRITTEN_AT_NIGHT = 'Written last night, to send this morning.';

/** A late-night card: put off to the morning, closed with the feed, turned down or left. True when the feed closed. */
async function answerNightCard(month: Month, idea: ShownIdea, card: ReturnType<typeof pageSender>): Promise<boolean> {
  const { nudgeId } = idea;
  idea.answer = pickNightAnswer(month.answers);
  month.ideas.push(idea);
  if (idea.answer === 'ignored') return false;
  await advanceTo(clock.now() + readingMs(month.answers));
  idea.answeredAt = clock.now();
  if (idea.answer === 'not-now') {
    await ask('nudge/dismiss', { nudgeId }, card);
    return false;
  }
  if (idea.answer === 'close-feed') await ask('nudge/close-feed', { nudgeId }, card);
  else
    await ask('nudge/plan-tomorrow', idea.answer === 'write' ? { nudgeId, body: WRITTEN_AT_NIGHT } : { nudgeId }, card);
  await ask('nudge/hide', { nudgeId }, card);
  return idea.answer === 'close-feed';
}

/**
 * Reads the card as it opens in the tab, and answers it (and any other idea asked for) as the seed says.
 * True when the answer closed the feed's tab.
 */
async function answerCard(month: Month, tab: FeedTab, nudgeId: string): Promise<boolean> {
  const card = pageSender('nudge.html', tab.id);
  let record = await nudgeRecord(month, nudgeId);
  const plan = await ask('nudge/plan', { nudgeId }, card);
  let idea = ideaOf(record, plan, 0);
  if (plan.night) return answerNightCard(month, idea, card);
  let mayAskAnother = true;
  for (;;) {
    const answer = pickAnswer(month.answers, mayAskAnother && idea.ideaIndex < MOST_OTHER_IDEAS);
    if (answer === 'ignored') {
      idea.answer = 'ignored';
      // Left on screen while the user scrolls on; its expiry alarm settles it, and `answeredAt` is read back then.
      month.ideas.push(idea);
      return false;
    }
    await advanceTo(clock.now() + readingMs(month.answers));
    idea.answer = answer;
    idea.answeredAt = clock.now();
    if (answer === 'another') {
      const plan = await ask('nudge/another', { nudgeId }, card);
      const next = await nudgeRecord(month, nudgeId);
      if (sameIdea(next, record)) {
        // Tend had nothing else to offer: the same idea stays, to be answered some other way.
        mayAskAnother = false;
        continue;
      }
      month.ideas.push(idea);
      record = next;
      idea = ideaOf(record, plan, idea.ideaIndex + 1);
      continue;
    }
    month.ideas.push(idea);
    if (answer === 'done') {
      await ask('nudge/done', { nudgeId }, card);
      await ask('nudge/hide', { nudgeId }, card);
    } else if (answer === 'not-now') {
      await ask('nudge/dismiss', { nudgeId }, card);
    } else {
      await ask('nudge/snooze', { nudgeId, minutes: snoozeMinutes(month.answers) }, card);
    }
    return false;
  }
}

/** One sitting at a feed in a new tab: scrolls, reports, and answers what comes up. */
async function sit(month: Month, tabId: number, start: number, scrollMinutes: number): Promise<LoggedSitting> {
  await advanceTo(start);
  const tab: FeedTab = { id: tabId, openedAt: clock.now(), showing: null };
  month.tabs.set(tabId, tab);
  // The page's monotonic clock: it started when the page loaded, a minute before scrolling began.
  const pageClock = () => clock.now() - tab.openedAt + MINUTE;
  const total = scrollMinutes * MINUTE;
  let scrolled = 0;
  let cards = 0;
  let closedByCard = false;
  while (scrolled < total && !closedByCard) {
    const step = Math.min(REPORT_EVERY_MS, total - scrolled);
    await advanceTo(clock.now() + step);
    scrolled += step;
    const sentAt = pageClock();
    const receipt = await ask(
      'activity/report',
      { sentAt, sentAtWall: clock.now(), spans: [[sentAt - step, sentAt]], showing: tab.showing, inSight: true },
      contentSender(FEED_URL, tab.id),
    );
    if (receipt.nudge) {
      cards++;
      tab.showing = receipt.nudge.id;
      closedByCard = await answerCard(month, tab, receipt.nudge.id);
    }
  }
  const minute = minuteOfDay(start);
  return {
    startedAt: start,
    endedAt: clock.now(),
    passiveMs: scrolled,
    lateNight: minute >= 23 * 60 || minute < 30,
    cards,
    closedByCard,
  };
}

/** The people and what they shared, entered as on the options page, with each one's last conversation. */
async function enterPeople(): Promise<{ people: LoggedPerson[]; ids: Map<string, string> }> {
  const ids = new Map<string, string>();
  const people: LoggedPerson[] = [];
  for (const scenario of PEOPLE) {
    const person = await ask('people/save', {
      name: scenario.name,
      callName: '',
      channels: scenario.channels,
      cadenceDays: scenario.cadenceDays,
      notes: '',
    });
    ids.set(scenario.key, person.id);
    people.push({ id: person.id, name: person.name, cadenceDays: person.cadenceDays });
    if (scenario.lastContact) {
      const { day, hour, how } = scenario.lastContact;
      await ask('interactions/log', { personId: person.id, at: atHour(day, hour), how, note: '' });
    }
  }
  return { people, ids };
}

async function enterMoments(day: number, personIds: Map<string, string>): Promise<LoggedMoment[]> {
  const entered: LoggedMoment[] = [];
  for (const scenario of MOMENTS.filter((moment) => moment.addedOnDay === day)) {
    const personId = personIds.get(scenario.person);
    if (!personId) throw new Error(`The scenario names no person ${scenario.person}`);
    const moment = await ask('moments/save', {
      personId,
      kind: scenario.kind,
      text: scenario.text,
      sharedOn: addDays(FIRST_DAY, scenario.sharedOnDay),
      followUpOn: scenario.followUpDay === null ? null : addDays(FIRST_DAY, scenario.followUpDay),
    });
    const { id, kind, text, sharedOn, followUpOn } = moment;
    entered.push({ id, personId, kind, text, sharedOn, followUpOn, addedAt: clock.now() });
  }
  return entered;
}

/**
 * Checks that each card ended as its last idea was answered, so a month the
 * simulation drove wrongly never passes for the engine's; an ignored card's
 * end is when its alarm fired, which only the database saw.
 */
async function readOutcomes(month: Month): Promise<void> {
  const lastIdeas = new Map(month.ideas.map((idea) => [idea.nudgeId, idea]));
  for (const [nudgeId, idea] of lastIdeas) {
    const record = await nudgeRecord(month, nudgeId);
    if (idea.answer === 'another') throw new Error(`Card ${nudgeId} ended on "Another idea"`);
    if (record.outcome !== OUTCOME_OF[idea.answer]) {
      throw new Error(`Card ${nudgeId} was answered "${idea.answer}" but ended "${record.outcome}"`);
    }
    if (idea.answer === 'ignored') idea.answeredAt = record.decidedAt ?? idea.answeredAt;
  }
}

/** Runs the month for `seed` on a fresh background and database, and returns its log. */
export async function simulateMonth(seed: number): Promise<MonthLog> {
  const routine = seededRandom(seed);
  const answers = seededRandom(seed ^ 0x5bd1e995);
  const uuids = seededUuids(seededRandom(seed ^ 0x27d4eb2f));
  const start = localDayStart(0);
  const tabs = new Map<number, FeedTab>();
  // The background takes cards down by messaging their tab; the simulated tab stops showing it.
  // "Close the feed" closes the tab; the simulated sitting ends there (see `sit`).
  vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { nudgeId: string }) => {
    const tab = tabs.get(tabId);
    if (tab?.showing === message.nudgeId) tab.showing = null;
  }) as never);
  await startBackground(atHour(0, 6));
  vi.spyOn(crypto, 'randomUUID').mockImplementation(uuids);
  const settings = await ask('settings/get', {});
  const { people, ids } = await enterPeople();
  const moments = await enterMoments(0, ids);
  const month: Month = { answers, db: await openTendDB(), tabs, ideas: [] };
  const sittings: LoggedSitting[] = [];
  // Planned in full first, so the days do not shift when a different engine shows different cards.
  const plans = Array.from({ length: MONTH_DAYS }, (_, day) => planDay(routine, localDayStart(day)));
  try {
    for (let day = 0; day < MONTH_DAYS; day++) {
      if (day > 0) {
        await advanceTo(atHour(day, 6));
        moments.push(...(await enterMoments(day, ids)));
      }
      if (AWAY_DAYS.includes(day)) continue;
      for (const planned of plans[day] ?? []) {
        const begin = Math.max(planned.start, clock.now() + BETWEEN_SITTINGS_MS);
        sittings.push(await sit(month, 100 + sittings.length, begin, planned.scrollMinutes));
      }
    }
    // Past the month's last sitting and every card's expiry.
    await advanceTo(clock.now() + 10 * MINUTE);
    await readOutcomes(month);
    const connections = (await month.db.getAll('interactions'))
      .map(({ personId, at }) => ({ personId, at }))
      .sort((a, b) => a.at - b.at);
    return {
      seed,
      start,
      days: MONTH_DAYS,
      dailyCap: settings.dailyCap,
      thresholdMs: settings.thresholdSeconds * 1000,
      people,
      moments,
      connections,
      ideas: month.ideas.sort((a, b) => a.at - b.at || a.ideaIndex - b.ideaIndex),
      sittings,
    };
  } finally {
    month.db.close();
    vi.restoreAllMocks();
  }
}
