import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type Handlers, ProtocolError } from '../../utils/protocol/dispatch';
import { messages } from '../../utils/protocol/messages';
import { BASE_URL, contentSender, EXTENSION_ID, pageSender } from './senders';

function setup(overrides: Partial<Handlers> = {}) {
  const unused = async (): Promise<never> => {
    throw new Error('not part of this test');
  };
  const handlers = {
    ...Object.fromEntries(Object.keys(messages).map((type) => [type, vi.fn(unused)])),
    'activity/report': vi.fn(async () => ({ countedMs: 1, tracking: true, nudge: null })),
    'stats/today': vi.fn(async () => ({ day: '2026-11-24', sites: [] })),
    ...overrides,
  } as Handlers;
  const onError = vi.fn();
  const handle = createMessageHandler(handlers, { id: EXTENSION_ID, baseUrl: BASE_URL }, onError);
  return { handlers, handle, onError };
}

const report = {
  sentAt: 10_000,
  sentAtWall: 1,
  spans: [[1_000, 2_000] as [number, number]],
  showing: null,
  inSight: true,
};

describe('message dispatch', () => {
  it('hands a valid message from an allowed sender to its handler', async () => {
    const { handle, handlers } = setup();
    const reply = await handle({ type: 'activity/report', data: report }, contentSender());
    expect(reply).toEqual({ ok: true, value: { countedMs: 1, tracking: true, nudge: null } });
    expect(handlers['activity/report']).toHaveBeenCalledWith(
      report,
      expect.objectContaining({ kind: 'content', tabId: 7, incognito: false }),
    );
  });

  it.each([
    ['not an object', 'hello', 'invalid-data'],
    ['null', null, 'invalid-data'],
    ['an array', [1, 2], 'invalid-data'],
    ['an unknown type', { type: 'people/delete-all', data: {} }, 'unknown-message'],
    ['an inherited type', { type: 'toString', data: {} }, 'unknown-message'],
    ['no data', { type: 'activity/report' }, 'invalid-data'],
    [
      'a report that does not say whether its page is in sight',
      { type: 'activity/report', data: { sentAtWall: 1, sentAt: 10_000, spans: [], showing: null } },
      'invalid-data',
    ],
    [
      'data of the wrong type',
      { type: 'activity/report', data: { sentAtWall: 1, sentAt: '10', spans: [], showing: null, inSight: true } },
      'invalid-data',
    ],
    ['an extra field', { type: 'activity/report', data: { ...report, site: 'x' } }, 'invalid-data'],
    [
      'a __proto__ key',
      {
        type: 'activity/report',
        data: JSON.parse('{"sentAt":10,"sentAtWall":1,"spans":[],"showing":null,"__proto__":{"x":1}}'),
      },
      'invalid-data',
    ],
    [
      'a reversed span',
      {
        type: 'activity/report',
        data: { sentAtWall: 1, sentAt: 10_000, spans: [[2_000, 1_000]], showing: null, inSight: true },
      },
      'invalid-data',
    ],
    [
      'overlapping spans',
      {
        type: 'activity/report',
        data: {
          sentAt: 10_000,
          sentAtWall: 1,
          spans: [
            [1_000, 3_000],
            [2_000, 4_000],
          ],
          showing: null,
          inSight: true,
        },
      },
      'invalid-data',
    ],
    [
      'a span in the future',
      {
        type: 'activity/report',
        data: { sentAtWall: 1, sentAt: 10_000, spans: [[9_000, 11_000]], showing: null, inSight: true },
      },
      'invalid-data',
    ],
    [
      'a span older than a report may cover',
      {
        type: 'activity/report',
        data: { sentAtWall: 1, sentAt: 1_000_000, spans: [[1_000, 2_000]], showing: null, inSight: true },
      },
      'invalid-data',
    ],
    [
      'a showing card that is not a nudge id',
      {
        type: 'activity/report',
        data: { sentAtWall: 1, sentAt: 10_000, spans: [], showing: '<img src=x>', inSight: true },
      },
      'invalid-data',
    ],
    [
      'an infinite time',
      { type: 'activity/report', data: { sentAtWall: 1, sentAt: Infinity, spans: [], showing: null, inSight: true } },
      'invalid-data',
    ],
  ])('rejects a message that is %s, without calling a handler', async (_label, message, code) => {
    const { handle, handlers } = setup();
    const reply = await handle(message, contentSender());
    expect(reply).toMatchObject({ ok: false, error: { code } });
    if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(10);
    expect(handlers['activity/report']).not.toHaveBeenCalled();
  });

  it('names the field that is wrong', async () => {
    const { handle } = setup();
    const reply = await handle(
      { type: 'activity/report', data: { sentAtWall: 1, sentAt: 5, spans: [[1, 'x']], showing: null, inSight: true } },
      contentSender(),
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-data', message: 'activity/report: data.spans[0][1] must be a finite number, not string' },
    });
  });

  it('refuses a page-only message from a content script', async () => {
    const { handle, handlers } = setup();
    const reply = await handle({ type: 'stats/today', data: {} }, contentSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['stats/today']).not.toHaveBeenCalled();
  });

  it('refuses a content-only message from an extension page', async () => {
    const { handle, handlers } = setup();
    const reply = await handle({ type: 'activity/report', data: report }, pageSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['activity/report']).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...contentSender(), id: 'someone-else' }],
    ['a subframe of a web page', { ...contentSender(), frameId: 4 }],
    ['a script with no tab', { id: EXTENSION_ID, url: 'https://www.instagram.com/', frameId: 0 }],
    ['a non-web page', contentSender('file:///home/me/feed.html')],
    ['a sender with no url', { id: EXTENSION_ID }],
  ])('refuses every message from %s', async (_label, sender) => {
    const { handle, handlers } = setup();
    expect(await handle({ type: 'activity/report', data: report }, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handle({ type: 'stats/today', data: {} }, sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(handlers['activity/report']).not.toHaveBeenCalled();
    expect(handlers['stats/today']).not.toHaveBeenCalled();
  });

  it('passes on a handler refusal with its code', async () => {
    const { handle } = setup({
      'stats/today': async () => {
        throw new ProtocolError('not-found', 'Nothing here.');
      },
    });
    expect(await handle({ type: 'stats/today', data: {} }, pageSender())).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Nothing here.' },
    });
  });

  it('reports an unexpected failure as failed, and logs it', async () => {
    const { handle, onError } = setup({
      'stats/today': async () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(await handle({ type: 'stats/today', data: {} }, pageSender())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'stats/today failed: QuotaExceededError' },
    });
    expect(onError).toHaveBeenCalledOnce();
  });
});
