/**
 * A preview is not a nudge: the options page's preview card is stored (its
 * page needs an id), but History, Insights, the popup's figures, the badge,
 * the engine's memory and backups all tell what happened as if it never
 * was, and upkeep deletes it after a day. Through the real background.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTendDB } from '../../entrypoints/background/db/open';
import { PRUNE_ALARM } from '../../entrypoints/background/upkeep';
import type { Backup } from '../../utils/backup/backup-file';
import { dayKey } from '../../utils/platform/day';
import type { Interaction, NudgeRecord } from '../../utils/records/types';
import { clock, send, startBackground } from './background-harness';
import { DAY } from './fixtures';
import { pageSender } from './senders';

/** The preview's card: a frame of the options page, in the options page's tab. */
const CARD = pageSender('nudge.html', 3);

async function ok<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

async function preview(): Promise<string> {
  const shown = await ok<{ kind: string; nudgeId?: string }>('nudge/preview', {});
  if (shown.kind !== 'card' || !shown.nudgeId) throw new Error('no preview card');
  return shown.nudgeId;
}

async function stored(): Promise<{ nudges: NudgeRecord[]; interactions: Interaction[] }> {
  const db = await openTendDB();
  const [nudges, interactions] = await Promise.all([db.getAll('nudges'), db.getAll('interactions')]);
  db.close();
  return { nudges, interactions };
}

/** Maya, whose job interview was to be followed up today, and Sam: the engine asks about the interview first. */
async function mayaAndSam() {
  const maya = await ok<{ id: string }>('people/save', { name: 'Maya', channels: [], cadenceDays: null, notes: '' });
  await ok('people/save', { name: 'Sam', channels: [], cadenceDays: null, notes: '' });
  await ok('moments/save', {
    personId: maya.id,
    kind: 'challenge',
    text: 'job interview',
    sharedOn: '2026-11-17',
    followUpOn: dayKey(clock.now()),
  });
  return maya;
}

beforeEach(async () => {
  await startBackground();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a preview', () => {
  it('is not in History, Insights, the popup’s figures or the badge, whatever the user answered', async () => {
    await mayaAndSam();
    await ok('nudge/dismiss', { nudgeId: await preview() }, CARD);
    await ok('nudge/act', { nudgeId: await preview(), link: null }, CARD);
    await preview();
    expect((await stored()).nudges).toHaveLength(3);

    expect(await ok('history/page', { filter: {}, cursor: null, limit: 50 })).toEqual({ rows: [], next: null });
    const bySite = await ok<{ rows: unknown[] }>('history/page', {
      filter: { site: 'preview' },
      cursor: null,
      limit: 50,
    });
    expect(bySite.rows).toEqual([]);
    const insights = await ok<{ outcomes: Record<string, number> }>('stats/insights', { days: 7 });
    expect(Object.values(insights.outcomes).every((count) => count === 0)).toBe(true);
    const today = await ok<{ sites: { nudges: number }[] }>('stats/today', {});
    expect(today.sites.reduce((sum, site) => sum + site.nudges, 0)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('turned down is no judgement on the idea: the popup still asks about Maya’s interview', async () => {
    await mayaAndSam();
    const before = await ok<{ view: { personName: string; actionId: string } }>('suggest/now', {});
    expect(before.view).toMatchObject({ personName: 'Maya', actionId: 'follow-up' });
    const nudgeId = await preview();
    expect(await ok('nudge/plan', { nudgeId }, CARD)).toMatchObject({ personName: 'Maya', preview: true });
    await ok('nudge/dismiss', { nudgeId }, CARD);
    const after = await ok<{ view: { personName: string; actionId: string } }>('suggest/now', {});
    expect(after.view).toMatchObject({ personName: 'Maya', actionId: 'follow-up' });
  });

  it('is left out of a backup, both ways; a connection logged from its card stays, pointing at no nudge', async () => {
    await mayaAndSam();
    const nudgeId = await preview();
    await ok('nudge/done', { nudgeId }, CARD);
    const [previewRecord] = (await stored()).nudges;
    expect((await stored()).interactions).toEqual([expect.objectContaining({ nudgeId })]);

    const exported = await ok<Backup>('backup/export', {});
    expect(exported.nudges).toEqual([]);
    expect(exported.interactions).toEqual([expect.objectContaining({ nudgeId: null })]);

    // A file made before previews were left out still holds one: importing it leaves the preview behind.
    const older: Backup = {
      ...exported,
      nudges: [previewRecord as NudgeRecord],
      interactions: exported.interactions.map((x) => ({ ...x, nudgeId })),
    };
    const text = JSON.stringify(older);
    expect(await ok('backup/preview', { text, mode: 'replace' })).toMatchObject({
      nudges: { added: 0, removed: 0 },
      interactions: { unchanged: 1 },
    });
    await startBackground(clock.now());
    await ok('backup/import', { text, mode: 'replace' });
    expect(await stored()).toEqual({
      nudges: [],
      interactions: [expect.objectContaining({ personId: older.interactions[0]?.personId, nudgeId: null })],
    });
  });

  it('is deleted by upkeep once a day old, even when history is kept for ever, its connection kept', async () => {
    await mayaAndSam();
    const old = await preview();
    await ok('nudge/done', { nudgeId: old }, CARD);
    clock.set(clock.now() + DAY + 60_000);
    // Still on the options page, unanswered: a preview younger than a day stays.
    const young = await preview();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: PRUNE_ALARM,
      scheduledTime: clock.now(),
      persistAcrossSessions: true,
    });
    const { nudges, interactions } = await stored();
    expect(nudges.map((n) => n.id)).toEqual([young]);
    expect(interactions).toEqual([expect.objectContaining({ nudgeId: null })]);
    expect(await ok('nudge/plan', { nudgeId: young }, CARD)).toMatchObject({ preview: true });
  });
});
