/**
 * A nudge's whole life through the real background, run at 14:00, 23:30 and
 * 03:00: threshold, one card at a time, cooldown, cap, snooze, pause, every
 * button, expiry, the popup's suggestion and the badge. Long because it is the
 * product's core loop, told rule by rule.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTendDB } from '../../entrypoints/background/db/open';
import { dayKey, startOfNextDay } from '../../utils/platform/day';
import type { NudgeRecord } from '../../utils/records/types';
import { clock, pressShortcut, send, startBackground } from './background-harness';
import { contentSender, pageSender } from './senders';

/** The hours these tests run at: an afternoon, and the two the engine once went silent at. */
const STARTS = [
  ['on a Tuesday afternoon', new Date(2026, 10, 24, 14, 0).getTime()],
  ['at 23:30', new Date(2026, 10, 24, 23, 30).getTime()],
  ['at 03:00', new Date(2026, 10, 25, 3, 0).getTime()],
] as const;

let start: number = STARTS[0][1];
let wall = start;
let pageClock = 100_000;
const closed: { tabId: number; nudgeId: string }[] = [];
const opened: string[] = [];

async function ok<T>(message: unknown, sender = pageSender()): Promise<T> {
  const reply = await send(message, sender);
  if (!reply.ok) throw new Error(`${JSON.stringify(message)} failed: ${reply.error.message}`);
  return reply.value as T;
}

/** The content script in tab `tabId` reports `ms` of passive scrolling that just happened. */
async function scrolled(ms: number, tabId = 7, showing: string | null = null, inSight = true) {
  wall += ms;
  pageClock += ms;
  clock.set(wall);
  const reply = await send(
    {
      type: 'activity/report',
      data: { sentAt: pageClock, sentAtWall: wall, spans: [[pageClock - ms, pageClock]], showing, inSight },
    },
    contentSender('https://www.instagram.com/', tabId),
  );
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as { countedMs: number; nudge: { id: string } | null };
}

async function nudges(): Promise<NudgeRecord[]> {
  const db = await openTendDB();
  const all = await db.getAll('nudges');
  db.close();
  return all;
}

async function addPerson(name: string, fields: Record<string, unknown> = {}) {
  return ok<{ id: string }>({
    type: 'people/save',
    data: { name, channels: [], cadenceDays: null, notes: '', ...fields },
  });
}

async function beginAt(at: number) {
  start = at;
  wall = start;
  closed.length = 0;
  opened.length = 0;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { nudgeId: string }) => {
    closed.push({ tabId, nudgeId: message.nudgeId });
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async ({ url }: { url: string }) => {
    opened.push(url);
    return { id: 99 };
  }) as never);
  await startBackground(start);
  // Any hour: these tests are about the nudge's life, which must work the same at every hour.
  await ok({
    type: 'settings/update',
    data: { thresholdSeconds: 60, cooldownMinutes: 20, dailyCap: 2, wakingHours: null },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(STARTS)('nudges, %s', (_when, at) => {
  beforeEach(async () => {
    await beginAt(at);
  });

  it('shows a nudge once a sitting passes the threshold, telling the tab only its id', async () => {
    const maya = await addPerson('Maya');
    expect((await scrolled(30_000)).nudge).toBeNull();
    const { nudge } = await scrolled(35_000);
    expect(nudge).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const [record] = await nudges();
    expect(record).toMatchObject({ id: nudge?.id, site: 'instagram', tabId: 7, personId: maya.id, outcome: 'shown' });
    expect(JSON.stringify(nudge)).not.toContain('Maya');
  });

  it('counts the time a page reports as it leaves sight, but keeps its card for when it is seen', async () => {
    await addPerson('Maya');
    await scrolled(30_000);
    const hidden = await scrolled(35_000, 7, null, false);
    expect(hidden).toMatchObject({ countedMs: 35_000, nudge: null });
    expect(await nudges()).toEqual([]);
    // Back in sight, the next report brings the card the sitting had earned.
    const { nudge } = await scrolled(1_000);
    expect(nudge).not.toBeNull();
    expect(await nudges()).toEqual([expect.objectContaining({ id: nudge?.id, outcome: 'shown' })]);
  });

  it('invites the user to add people when there is no one yet', async () => {
    await scrolled(30_000);
    const { nudge } = await scrolled(35_000);
    const plan = await ok<{ invite: boolean }>(
      { type: 'nudge/plan', data: { nudgeId: nudge?.id } },
      pageSender('nudge.html', 7),
    );
    expect(plan.invite).toBe(true);
  });

  it('lets the first real card follow "Add people" at once, once there is someone to suggest', async () => {
    const openedOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const { nudge: invitation } = await scrolled(65_000);
    await ok({ type: 'nudge/open-options', data: { nudgeId: invitation?.id } }, pageSender('nudge.html', 7));
    expect(openedOptions).toHaveBeenCalledOnce();
    expect(closed).toEqual([{ tabId: 7, nudgeId: invitation?.id }]);
    // Back on the feed without adding anyone: no second invitation right away.
    expect((await scrolled(65_000)).nudge).toBeNull();
    const maya = await addPerson('Maya');
    const { nudge } = await scrolled(5_000);
    expect(nudge).not.toBeNull();
    const all = await nudges();
    expect(all.find((n) => n.id === nudge?.id)).toMatchObject({ personId: maya.id, outcome: 'shown' });
    expect(all.find((n) => n.id === invitation?.id)).toMatchObject({ actionId: 'add-people', outcome: 'acted' });
  });

  it('gives the plan only to the card in the tab it was shown in', async () => {
    await addPerson('Maya');
    await scrolled(65_000);
    const [record] = await nudges();
    const data = { nudgeId: record?.id };
    expect(await send({ type: 'nudge/plan', data }, pageSender('nudge.html', 8))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send({ type: 'nudge/plan', data }, contentSender())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send({ type: 'nudge/done', data }, contentSender())).toMatchObject({ ok: false });
    const plan = await ok<{ personName: string; title: string }>(
      { type: 'nudge/plan', data },
      pageSender('nudge.html', 7),
    );
    expect(plan.personName).toBe('Maya');
    expect(plan.title).toContain('Maya');
  });

  it('gives nothing to a card made again after its nudge ended, and lets it record nothing', async () => {
    await addPerson('Maya');
    const { nudge } = await scrolled(65_000);
    const data = { nudgeId: nudge?.id };
    await ok({ type: 'nudge/dismiss', data }, pageSender('nudge.html', 7));
    const ended = { ok: false, error: { code: 'not-found', message: 'This suggestion has ended.' } };
    for (const type of ['nudge/plan', 'nudge/done', 'nudge/another', 'nudge/dismiss']) {
      expect(await send({ type, data }, pageSender('nudge.html', 7)), type).toEqual(ended);
    }
    expect(await send({ type: 'nudge/act', data: { ...data, link: null } }, pageSender('nudge.html', 7))).toEqual(
      ended,
    );
    const db = await openTendDB();
    expect(await db.getAll('interactions')).toEqual([]);
    expect((await db.get('nudges', nudge?.id ?? ''))?.outcome).toBe('dismissed');
    db.close();
    // Saying goodbye still works: the card that ended asks to be taken down.
    await ok({ type: 'nudge/hide', data }, pageSender('nudge.html', 7));
  });

  it('shows one nudge at a time across tabs, then holds to the cooldown', async () => {
    await addPerson('Maya');
    await addPerson('Sam');
    const first = (await scrolled(65_000, 7)).nudge;
    expect(first).not.toBeNull();
    expect((await scrolled(65_000, 8)).nudge).toBeNull();
    await ok({ type: 'nudge/dismiss', data: { nudgeId: first?.id } }, pageSender('nudge.html', 7));
    // The card says what happened (with Undo) before it asks to go: the background leaves it up till then.
    expect(closed).toEqual([]);
    await ok({ type: 'nudge/hide', data: { nudgeId: first?.id } }, pageSender('nudge.html', 7));
    expect(closed).toEqual([{ tabId: 7, nudgeId: first?.id }]);
    expect((await scrolled(65_000, 8)).nudge).toBeNull();
    wall += 20 * 60_000;
    expect((await scrolled(65_000, 8)).nudge).not.toBeNull();
  });

  it('holds to the daily cap until the next local day', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0 } });
    // Each wants a word every day, so the next day each is due again.
    await addPerson('Maya', { cadenceDays: 1 });
    await addPerson('Sam', { cadenceDays: 1 });
    for (const _ of [1, 2]) {
      const shown = (await scrolled(65_000)).nudge;
      expect(shown).not.toBeNull();
      await ok({ type: 'nudge/dismiss', data: { nudgeId: shown?.id } }, pageSender('nudge.html', 7));
    }
    expect((await scrolled(120_000)).nudge).toBeNull();
    expect(await nudges()).toHaveLength(2);
    // A minute into the next local day the cap starts again.
    wall = startOfNextDay(wall) + 60_000;
    expect((await scrolled(65_000)).nudge).not.toBeNull();
  });

  it('holds a snooze in every tab until it runs out', async () => {
    await addPerson('Maya');
    // Maya's snoozed idea rests for the day; Sam, never contacted, is due as soon as the snooze ends.
    await addPerson('Sam');
    const first = (await scrolled(65_000, 7)).nudge;
    await ok({ type: 'nudge/snooze', data: { nudgeId: first?.id, minutes: 60 } }, pageSender('nudge.html', 7));
    wall += 30 * 60_000;
    expect((await scrolled(120_000, 8)).nudge).toBeNull();
    wall += 31 * 60_000;
    expect((await scrolled(65_000, 8)).nudge).not.toBeNull();
    expect((await nudges()).find((n) => n.id === first?.id)).toMatchObject({
      outcome: 'snoozed',
      snoozedUntil: start + 65_000 + 60 * 60_000,
    });
  });

  it('records "I did it" as a connection and resets the person’s cadence', async () => {
    const maya = await addPerson('Maya', { cadenceDays: 7 });
    const { nudge } = await scrolled(65_000);
    const plan = await ok<{ outcome: string }>(
      { type: 'nudge/done', data: { nudgeId: nudge?.id } },
      pageSender('nudge.html', 7),
    );
    expect(plan.outcome).toBe('done');
    const db = await openTendDB();
    expect(await db.getAll('interactions')).toEqual([
      expect.objectContaining({ personId: maya.id, at: wall, nudgeId: nudge?.id }),
    ]);
    expect((await db.get('people', maya.id))?.lastContactAt).toBe(wall);
    expect((await db.getAll('days')).find((d) => d.site === 'instagram')).toMatchObject({ nudges: 1, connections: 1 });
    db.close();
  });

  it('records nothing, from the card or the popup, for someone no longer in Tend', async () => {
    const maya = await addPerson('Maya', { cadenceDays: 7 });
    const { nudge } = await scrolled(65_000);
    const db = await openTendDB();
    // Gone behind the card's back: deleting through Tend would also take her name off the nudge.
    await db.delete('people', maya.id);
    const gone = { ok: false, error: { code: 'not-found', message: 'That person is no longer in Tend.' } };
    expect(await send({ type: 'nudge/done', data: { nudgeId: nudge?.id } }, pageSender('nudge.html', 7))).toEqual(gone);
    expect(
      await send(
        { type: 'suggest/done', data: { personId: maya.id, actionId: 'check-in', momentId: null } },
        pageSender(),
      ),
    ).toEqual(gone);
    expect((await db.get('nudges', nudge?.id ?? ''))?.outcome).toBe('shown');
    expect(await db.getAll('interactions')).toEqual([]);
    expect((await db.getAll('days')).map((day) => day.connections)).toEqual([0]);
    db.close();
  });

  it('opens the chosen channel with the message as edited, and refuses one not on the card', async () => {
    await addPerson('Maya', { channels: [{ kind: 'whatsapp', value: '+4915123456789' }] });
    const { nudge } = await scrolled(65_000);
    const card = pageSender('nudge.html', 7);
    const plan = await ok<{ links: { url: string }[] }>({ type: 'nudge/plan', data: { nudgeId: nudge?.id } }, card);
    expect(plan.links[0]?.url).toMatch(/^https:\/\/wa\.me\/4915123456789\?text=/);
    await ok({ type: 'nudge/act', data: { nudgeId: nudge?.id, link: 0, body: 'Edited: see you Sunday?' } }, card);
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0] ?? '').searchParams.get('text')).toBe('Edited: see you Sunday?');
    expect(await send({ type: 'nudge/act', data: { nudgeId: nudge?.id, link: 3 } }, card)).toMatchObject({ ok: false });
    expect((await nudges())[0]?.outcome).toBe('acted');
  });

  it('offers another idea and remembers what was passed over', async () => {
    await addPerson('Maya');
    await addPerson('Sam');
    const { nudge } = await scrolled(65_000);
    const card = pageSender('nudge.html', 7);
    const first = await ok<{ title: string }>({ type: 'nudge/plan', data: { nudgeId: nudge?.id } }, card);
    const second = await ok<{ title: string }>({ type: 'nudge/another', data: { nudgeId: nudge?.id } }, card);
    expect(second.title).not.toBe(first.title);
    expect((await nudges())[0]?.skipped).toHaveLength(1);
  });

  it('pauses nudges on the site for the rest of the local day', async () => {
    await addPerson('Maya', { cadenceDays: 1 });
    const { nudge } = await scrolled(65_000);
    await ok({ type: 'nudge/pause-site', data: { nudgeId: nudge?.id } }, pageSender('nudge.html', 7));
    const settings = await ok<{ pausedSites: Record<string, string> }>({ type: 'settings/get', data: {} });
    expect(settings.pausedSites).toEqual({ instagram: dayKey(start) });
    // Late the same day, past the cooldown: still paused there.
    wall = Math.max(wall + 21 * 60_000, Math.min(wall + 3 * 60 * 60_000, startOfNextDay(wall) - 3 * 60_000));
    expect((await scrolled(120_000)).nudge).toBeNull();
    // The next day the site nudges again.
    wall = startOfNextDay(wall) + 60_000;
    expect((await scrolled(65_000)).nudge).not.toBeNull();
  });

  it('records "Pause here today" as such, apart from "Not now", in History and Insights', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0 } });
    await addPerson('Maya');
    await addPerson('Sam');
    const { nudge: notNow } = await scrolled(65_000, 7);
    await ok({ type: 'nudge/dismiss', data: { nudgeId: notNow?.id } }, pageSender('nudge.html', 7));
    const { nudge: paused } = await scrolled(65_000, 7);
    await ok({ type: 'nudge/pause-site', data: { nudgeId: paused?.id } }, pageSender('nudge.html', 7));
    const history = await ok<{ rows: { id: string; outcome: string }[] }>({
      type: 'history/page',
      data: { filter: {}, cursor: null, limit: 50 },
    });
    expect(history.rows.map(({ id, outcome }) => ({ id, outcome }))).toEqual([
      { id: paused?.id, outcome: 'paused-site' },
      { id: notNow?.id, outcome: 'dismissed' },
    ]);
    const onlyPaused = await ok<{ rows: { id: string }[] }>({
      type: 'history/page',
      data: { filter: { outcome: 'paused-site' }, cursor: null, limit: 50 },
    });
    expect(onlyPaused.rows.map((row) => row.id)).toEqual([paused?.id]);
    const insights = await ok<{ outcomes: Record<string, number> }>({ type: 'stats/insights', data: { days: 7 } });
    expect(insights.outcomes).toMatchObject({ dismissed: 1, 'paused-site': 1 });
  });

  it.each([
    ['"Pause here today" is about the site: the popup still asks about Maya’s interview', 'nudge/pause-site', 'Maya'],
    ['"Not now" turns the idea down: the popup suggests someone else', 'nudge/dismiss', 'Sam'],
  ])('%s', async (_rule, answer, next) => {
    const maya = await addPerson('Maya');
    await addPerson('Sam');
    await ok({
      type: 'moments/save',
      data: {
        personId: maya.id,
        kind: 'challenge',
        text: 'job interview',
        sharedOn: '2026-11-17',
        followUpOn: dayKey(start),
      },
    });
    const { nudge } = await scrolled(65_000);
    const card = pageSender('nudge.html', 7);
    expect(await ok({ type: 'nudge/plan', data: { nudgeId: nudge?.id } }, card)).toMatchObject({
      personName: 'Maya',
      reason: expect.stringContaining('job interview'),
    });
    await ok({ type: answer, data: { nudgeId: nudge?.id } }, card);
    const now = await ok<{ view: { personName: string } }>({ type: 'suggest/now', data: {} });
    expect(now.view.personName).toBe(next);
  });

  it('records a card nobody answered as ignored when its time runs out, and takes it down', async () => {
    await addPerson('Maya');
    const { nudge } = await scrolled(65_000);
    wall += 5 * 60_000;
    clock.set(wall);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `nudge-expire:${nudge?.id}`,
      scheduledTime: wall,
      persistAcrossSessions: true,
    });
    expect((await nudges())[0]).toMatchObject({ outcome: 'ignored', decidedAt: wall });
    expect(closed).toContainEqual({ tabId: 7, nudgeId: nudge?.id });
  });

  it('counts a card as ignored when its tab reports it is no longer showing it', async () => {
    await addPerson('Maya');
    const { nudge } = await scrolled(65_000);
    await scrolled(5_000, 7, nudge?.id ?? null);
    expect((await nudges())[0]?.outcome).toBe('shown');
    await scrolled(15_000, 7, null);
    expect((await nudges())[0]?.outcome).toBe('ignored');
  });

  it('removes a deleted person’s name from past nudges', async () => {
    const maya = await addPerson('Maya');
    const { nudge } = await scrolled(65_000);
    await ok({ type: 'people/delete', data: { id: maya.id } });
    const [record] = await nudges();
    expect(record?.id).toBe(nudge?.id);
    expect(record?.personId).toBeNull();
    expect(JSON.stringify(record)).not.toContain('Maya');
  });

  it('suggests something right now for the popup, and logs it when done', async () => {
    expect(await ok({ type: 'suggest/now', data: {} })).toEqual({ kind: 'no-people' });
    const maya = await addPerson('Maya', { cadenceDays: 7 });
    const now = await ok<{ kind: string; view: { personId: string; actionId: string; momentId: null; title: string } }>(
      {
        type: 'suggest/now',
        data: {},
      },
    );
    expect(now.kind).toBe('suggestion');
    expect(now.view.title).toContain('Maya');
    await ok({
      type: 'suggest/done',
      data: { personId: now.view.personId, actionId: now.view.actionId, momentId: now.view.momentId },
    });
    const people = await ok<{ id: string; lastContactAt: number }[]>({ type: 'people/list', data: {} });
    expect(people.find((p) => p.id === maya.id)?.lastContactAt).toBe(wall);
    const today = await ok<{ sites: { site: string; connections: number }[] }>({ type: 'stats/today', data: {} });
    expect(today.sites).toContainEqual(
      expect.objectContaining({ site: 'other', siteName: 'Elsewhere', connections: 1 }),
    );
  });

  it('keeps the badge on today’s minutes, and shows a pause mark while paused', async () => {
    await scrolled(125_000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await ok({ type: 'settings/update', data: { pausedUntil: wall + 3_600_000 } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('❚❚');
    await ok({ type: 'settings/update', data: { pausedUntil: null } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('undoes "I did it" for a few seconds: no connection, the last contact and the moment as they were', async () => {
    const maya = await addPerson('Maya', { cadenceDays: 7 });
    const interview = await ok<{ id: string }>({
      type: 'moments/save',
      data: {
        personId: maya.id,
        kind: 'challenge',
        text: 'her interview',
        sharedOn: dayKey(wall - 7 * 86_400_000),
        followUpOn: dayKey(wall),
      },
    });
    const { nudge } = await scrolled(65_000);
    const card = pageSender('nudge.html', 7);
    const before = await ok<{ title: string }>({ type: 'nudge/plan', data: { nudgeId: nudge?.id } }, card);
    await ok({ type: 'nudge/done', data: { nudgeId: nudge?.id } }, card);
    const db = await openTendDB();
    expect(await db.getAll('interactions')).toHaveLength(1);
    expect((await db.get('moments', interview.id))?.resolved).toBe(true);

    wall += 5_000;
    clock.set(wall);
    const reopened = await ok<{ outcome: string; title: string }>(
      { type: 'nudge/undo', data: { nudgeId: nudge?.id } },
      card,
    );
    expect(reopened).toMatchObject({ outcome: 'shown', title: before.title });
    expect(await db.getAll('interactions')).toEqual([]);
    expect((await db.get('people', maya.id))?.lastContactAt).toBeNull();
    expect((await db.get('moments', interview.id))?.resolved).toBe(false);
    expect((await db.getAll('days')).find((d) => d.site === 'instagram')).toMatchObject({ connections: 0 });
    db.close();
    // The card is open again: "I did it" records once more, and only once.
    await ok({ type: 'nudge/done', data: { nudgeId: nudge?.id } }, card);
    const again = await openTendDB();
    expect(await again.getAll('interactions')).toHaveLength(1);
    again.close();
  });

  it('undoes "Not now", a snooze and "Pause here today", and the card counts as showing again', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0, dailyCap: 10 } });
    // Someone due for each card: a person turned down rests.
    for (const name of ['Maya', 'Sam', 'Lena']) await addPerson(name);
    const card = pageSender('nudge.html', 7);
    for (const choice of [
      { type: 'nudge/dismiss', data: {} },
      { type: 'nudge/snooze', data: { minutes: 60 } },
      { type: 'nudge/pause-site', data: {} },
    ]) {
      const { nudge } = await scrolled(65_000);
      expect(nudge).not.toBeNull();
      await ok({ type: choice.type, data: { nudgeId: nudge?.id, ...choice.data } }, card);
      await ok({ type: 'nudge/undo', data: { nudgeId: nudge?.id } }, card);
      const record = (await nudges()).find((n) => n.id === nudge?.id);
      expect(record).toMatchObject({ outcome: 'shown', snoozedUntil: null, decidedAt: null });
      const holds = await ok<{ snoozedUntil: number | null; pausedSites: unknown[] }>({ type: 'holds/get', data: {} });
      expect(holds).toMatchObject({ snoozedUntil: null, pausedSites: [] });
      // Showing again: no second card comes while it is up.
      expect((await scrolled(65_000, 7, nudge?.id ?? null)).nudge).toBeNull();
      await ok({ type: 'nudge/dismiss', data: { nudgeId: nudge?.id } }, card);
      await ok({ type: 'nudge/hide', data: { nudgeId: nudge?.id } }, card);
    }
  });

  it('refuses an Undo once its time has passed, or from another tab, and changes nothing', async () => {
    await addPerson('Maya');
    const { nudge } = await scrolled(65_000);
    await ok({ type: 'nudge/dismiss', data: { nudgeId: nudge?.id } }, pageSender('nudge.html', 7));
    const fromElsewhere = await send({ type: 'nudge/undo', data: { nudgeId: nudge?.id } }, pageSender('nudge.html', 8));
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    wall += 16_000;
    clock.set(wall);
    const late = await send({ type: 'nudge/undo', data: { nudgeId: nudge?.id } }, pageSender('nudge.html', 7));
    expect(late).toMatchObject({ ok: false, error: { message: 'It is too late to undo that.' } });
    expect((await nudges())[0]?.outcome).toBe('dismissed');
  });

  it('shows what holds nudges back, and lifts each: a snooze, a site paused today, a pause', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0, dailyCap: 10 } });
    await addPerson('Maya', { cadenceDays: 1 });
    await addPerson('Sam', { cadenceDays: 1 });
    const card = pageSender('nudge.html', 7);
    const { nudge: snoozed } = await scrolled(65_000);
    await ok({ type: 'nudge/snooze', data: { nudgeId: snoozed?.id, minutes: 60 } }, card);
    const { nudge: paused } = await scrolled(65_000, 8, null);
    expect(paused).toBeNull();
    let holds = await ok<{ snoozedUntil: number | null }>({ type: 'holds/get', data: {} });
    expect(holds.snoozedUntil).toBe(wall - 65_000 + 60 * 60_000);
    holds = await ok({ type: 'holds/lift', data: { hold: 'snooze' } });
    expect(holds.snoozedUntil).toBeNull();
    // Lifted: the next report may nudge (and the snoozed nudge keeps its outcome).
    const { nudge: next } = await scrolled(65_000, 8);
    expect(next).not.toBeNull();
    expect((await nudges()).find((n) => n.id === snoozed?.id)?.outcome).toBe('snoozed');

    await ok({ type: 'nudge/pause-site', data: { nudgeId: next?.id } }, pageSender('nudge.html', 8));
    expect(await ok({ type: 'holds/get', data: {} })).toMatchObject({
      pausedSites: [{ site: 'instagram', siteName: 'Instagram' }],
    });
    expect(await ok({ type: 'holds/lift', data: { hold: 'site', site: 'instagram' } })).toMatchObject({
      pausedSites: [],
    });

    await ok({ type: 'settings/update', data: { pausedUntil: wall + 3_600_000 } });
    expect(await ok({ type: 'holds/get', data: {} })).toMatchObject({ pausedUntil: wall + 3_600_000 });
    expect(await ok({ type: 'holds/lift', data: { hold: 'pause' } })).toMatchObject({ pausedUntil: null });
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('❚❚');
  });

  it('the keyboard shortcut asks the active tab to move focus into its card, naming no one', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 5, active: true }]) as never);
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
    }) as never);
    pressShortcut('focus-card');
    await vi.waitFor(() => expect(sent).toEqual([{ tabId: 5, message: { type: 'card/focus' } }]));
    // The card names the keys as the browser has them (the user may have changed them).
    expect(await ok({ type: 'shortcut/get', data: {} }, pageSender('nudge.html', 5))).toBe('Alt+Shift+Y');
  });

  it('asks later whether a message the card opened was sent: yes logs it, no asks no more', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0, dailyCap: 10 } });
    const maya = await addPerson('Maya', { channels: [{ kind: 'email', value: 'maya@example.org' }] });
    const sam = await addPerson('Sam', { channels: [{ kind: 'email', value: 'sam@example.org' }] });
    const card = pageSender('nudge.html', 7);
    const opened: string[] = [];
    for (const _ of [1, 2]) {
      const { nudge } = await scrolled(65_000);
      await ok({ type: 'nudge/act', data: { nudgeId: nudge?.id, link: null } }, card);
      opened.push(nudge?.id ?? '');
      // Left up until it times out: nobody said whether it happened.
      wall += 5 * 60_000;
    }
    clock.set(wall);
    const asks = await ok<{ nudgeId: string; personName: string }[]>({ type: 'nudge/asked-later', data: {} });
    // The latest first.
    expect(asks.map((ask) => ask.nudgeId)).toEqual([...opened].reverse());

    const [first, second] = asks;
    await ok({ type: 'nudge/answer-asked-later', data: { nudgeId: first?.nudgeId, happened: true } });
    await ok({ type: 'nudge/answer-asked-later', data: { nudgeId: second?.nudgeId, happened: false } });
    expect(await ok({ type: 'nudge/asked-later', data: {} })).toEqual([]);
    const db = await openTendDB();
    const interactions = await db.getAll('interactions');
    expect(interactions).toEqual([expect.objectContaining({ nudgeId: first?.nudgeId, at: wall })]);
    const byId = new Map((await db.getAll('nudges')).map((n) => [n.id, n]));
    expect(byId.get(first?.nudgeId ?? '')?.outcome).toBe('done');
    expect(byId.get(second?.nudgeId ?? '')).toMatchObject({ outcome: 'acted', unsent: true });
    const reached = interactions[0]?.personId;
    expect([maya.id, sam.id]).toContain(reached);
    db.close();
    // Answered once, never again.
    const again = await send(
      { type: 'nudge/answer-asked-later', data: { nudgeId: second?.nudgeId, happened: true } },
      pageSender(),
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
