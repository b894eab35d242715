/**
 * The one protocol between Tend's contexts. Each message names who may send
 * it and validates its data; results are typed here and produced only by the
 * background. Nothing a content script can receive names a person.
 */

import { type Backup, MAX_BACKUP_BYTES } from '../backup/backup-file';
import type { ImportPreview } from '../backup/merge';
import { MAX_SPAN_AGE_MS, MAX_SPANS_PER_REPORT } from '../detection/report';
import type { NudgePlan } from '../nudging/plan';
import { SNOOZE_MINUTES } from '../nudging/policy';
import type { RankedRow } from '../people/roster';
import {
  array,
  boolean,
  type Infer,
  nullable,
  number,
  object,
  oneOf,
  optional,
  refine,
  string,
  tuple,
  type Validator,
} from '../platform/validate';
import {
  interactionInput,
  MAX_DRAFT_LENGTH,
  momentInput,
  NUDGE_OUTCOMES,
  personInput,
  recordId,
} from '../records/inputs';
import type { Interaction, Moment, Person } from '../records/types';
import { type Settings, settingsPatch } from '../settings/settings';
import type {
  ActivityReceipt,
  AskedLater,
  FeedPaths,
  HistoryView,
  Holds,
  Insights,
  PeoplePage,
  PersonNames,
  Preview,
  SuggestionNow,
  TodayStats,
} from './results';

/**
 * `content`: a content script in the top frame of a web page.
 * `page`: one of Tend's own pages (options, popup, the nudge card).
 */
export type SenderKind = 'content' | 'page';

interface MessageSpec {
  readonly senders: readonly SenderKind[];
  readonly data: Validator<unknown>;
}

const empty = object({});

const monotonicTime = number({ min: 0, max: 1e12 });

/** The file's text; the backup module refuses what is too large with a clearer message than a length check. */
const importRequest = object({
  text: string({ max: MAX_BACKUP_BYTES + 1 }),
  mode: oneOf(['merge', 'replace']),
});

const nudgeId = string({ min: 36, max: 36, pattern: /^[0-9a-f-]{36}$/ });

const activityReport = refine(
  object({
    sentAt: monotonicTime,
    /** `Date.now()` at the same moment. */
    sentAtWall: number({ min: 0, max: 8.64e15 }),
    spans: array(tuple(monotonicTime, monotonicTime), { max: MAX_SPANS_PER_REPORT }),
    /** The nudge whose card this tab shows now, if any. */
    showing: nullable(nudgeId),
    /** Whether the page was in sight when it sent this: a page out of sight counts its time but gets no card. */
    inSight: boolean,
  }),
  ({ sentAt, spans }) => {
    let previousEnd = -1;
    for (const [start, end] of spans) {
      if (start >= end) return 'has a span that ends before it starts';
      if (start < previousEnd) return 'has spans out of order or overlapping';
      if (end > sentAt) return 'has a span that ends after the report was sent';
      if (sentAt - start > MAX_SPAN_AGE_MS) return 'has a span older than a report may cover';
      previousEnd = end;
    }
    return null;
  },
);

export const messages = {
  'activity/report': { senders: ['content'], data: activityReport },
  'site/feed-paths': { senders: ['content'], data: empty },
  'stats/today': { senders: ['page'], data: empty },
  'settings/get': { senders: ['page'], data: empty },
  'settings/update': { senders: ['page'], data: settingsPatch },
  'settings/reset-notice': { senders: ['page'], data: empty },
  'holds/get': { senders: ['page'], data: empty },
  'shortcut/get': { senders: ['page'], data: empty },
  'holds/lift': {
    senders: ['page'],
    data: object({ hold: oneOf(['pause', 'snooze', 'site'] as const), site: optional(string({ max: 100 })) }),
  },
  'settings/reset-seen': { senders: ['page'], data: empty },
  'nudge/plan': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/act': {
    senders: ['page'],
    data: object({
      nudgeId,
      link: nullable(number({ min: 0, max: 20, integer: true })),
      /** The message as the user edited it on the card. */
      body: optional(string({ max: MAX_DRAFT_LENGTH })),
    }),
  },
  'nudge/hide': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/done': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/another': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/snooze': { senders: ['page'], data: object({ nudgeId, minutes: oneOf(SNOOZE_MINUTES) }) },
  'nudge/dismiss': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/pause-site': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/undo': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/asked-later': { senders: ['page'], data: empty },
  'nudge/answer-asked-later': { senders: ['page'], data: object({ nudgeId, happened: boolean }) },
  'nudge/open-options': { senders: ['page'], data: object({ nudgeId }) },
  /** A late-night card's step, planned for the morning; `body` is the message written now to send then. */
  'nudge/plan-tomorrow': {
    senders: ['page'],
    data: object({ nudgeId, body: optional(string({ min: 1, max: MAX_DRAFT_LENGTH })) }),
  },
  'nudge/close-feed': { senders: ['page'], data: object({ nudgeId }) },
  'nudge/preview': { senders: ['page'], data: empty },
  'people/list': { senders: ['page'], data: empty },
  /** The first rows of the people list in one of its orders, and how many people there are. */
  'people/page': {
    senders: ['page'],
    data: object({
      order: oneOf(['overdue', 'name']),
      archived: boolean,
      limit: number({ min: 1, max: 500, integer: true }),
    }),
  },
  /** Every person's row, by name: what a page searches and orders in memory. */
  'people/rows': { senders: ['page'], data: empty },
  /**
   * People's names, by name, for a field to choose from: everyone or the active only, and up to `limit` of them
   * (whether there are more is said with them).
   */
  'people/names': {
    senders: ['page'],
    data: object({ active: boolean, limit: optional(number({ min: 1, max: 1_000, integer: true })) }),
  },
  'people/get': { senders: ['page'], data: object({ id: recordId }) },
  'people/save': { senders: ['page'], data: personInput },
  'people/archive': { senders: ['page'], data: object({ id: recordId, archived: boolean }) },
  'people/delete': { senders: ['page'], data: object({ id: recordId }) },
  'moments/list': { senders: ['page'], data: object({ personId: recordId }) },
  'moments/save': { senders: ['page'], data: momentInput },
  'moments/delete': { senders: ['page'], data: object({ id: recordId }) },
  'interactions/list': { senders: ['page'], data: object({ personId: recordId }) },
  'interactions/log': { senders: ['page'], data: interactionInput },
  'sites/add-custom': { senders: ['page'], data: object({ host: string({ min: 1, max: 300 }) }) },
  'sites/remove-custom': { senders: ['page'], data: object({ host: string({ min: 1, max: 300 }) }) },
  'backup/export': { senders: ['page'], data: empty },
  'backup/preview': { senders: ['page'], data: importRequest },
  'backup/import': { senders: ['page'], data: importRequest },
  'data/delete-all': { senders: ['page'], data: object({ confirm: oneOf(['delete everything']) }) },
  'stats/insights': { senders: ['page'], data: object({ days: oneOf([7, 30]) }) },
  'history/page': {
    senders: ['page'],
    data: object({
      filter: object({
        site: optional(string({ min: 1, max: 300 })),
        personId: optional(recordId),
        outcome: optional(oneOf(NUDGE_OUTCOMES)),
        from: optional(number({ min: 0, max: 8.64e15 })),
        to: optional(number({ min: 0, max: 8.64e15 })),
      }),
      cursor: nullable(object({ at: number({ min: 0, max: 8.64e15 }), id: recordId })),
      limit: number({ min: 1, max: 200, integer: true }),
    }),
  },
  'suggest/now': { senders: ['page'], data: empty },
  'suggest/done': {
    senders: ['page'],
    data: object({ personId: recordId, actionId: string({ min: 1, max: 40 }), momentId: nullable(recordId) }),
  },
} as const satisfies Record<string, MessageSpec>;

interface Results {
  'activity/report': ActivityReceipt;
  'site/feed-paths': FeedPaths;
  'stats/today': TodayStats;
  'settings/get': Settings;
  'settings/update': Settings;
  /** The names of the settings last found broken and set back to their defaults, until the user has seen them. */
  'settings/reset-notice': string[] | null;
  'holds/get': Holds;
  /** The keys that move focus into the card and back, as the user set them; '' when they removed them. */
  'shortcut/get': string;
  'holds/lift': Holds;
  'settings/reset-seen': null;
  'nudge/plan': NudgePlan;
  'nudge/act': NudgePlan;
  'nudge/done': NudgePlan;
  'nudge/another': NudgePlan;
  'nudge/hide': null;
  'nudge/snooze': null;
  'nudge/dismiss': null;
  'nudge/pause-site': null;
  'nudge/undo': NudgePlan;
  'nudge/asked-later': AskedLater[];
  'nudge/answer-asked-later': null;
  'nudge/open-options': null;
  'nudge/plan-tomorrow': null;
  'nudge/close-feed': null;
  'nudge/preview': Preview;
  'people/list': Person[];
  'people/page': PeoplePage;
  'people/rows': RankedRow[];
  'people/names': PersonNames;
  /** Null when no one has that id (any more). */
  'people/get': Person | null;
  'people/save': Person;
  'people/archive': Person;
  'people/delete': null;
  'moments/list': Moment[];
  'moments/save': Moment;
  'moments/delete': null;
  'interactions/list': Interaction[];
  'interactions/log': Interaction;
  'sites/add-custom': Settings;
  'sites/remove-custom': Settings;
  'backup/export': Backup;
  'backup/preview': ImportPreview;
  'backup/import': ImportPreview;
  'data/delete-all': null;
  'stats/insights': Insights;
  'history/page': HistoryView;
  'suggest/now': SuggestionNow;
  'suggest/done': Interaction;
}

export type MessageType = keyof typeof messages;
export type MessageData<K extends MessageType> = Infer<(typeof messages)[K]['data']>;
export type MessageResult<K extends MessageType> = Results[K];
export type MessageSenders<K extends MessageType> = (typeof messages)[K]['senders'][number];

export type ErrorCode = 'unknown-message' | 'invalid-data' | 'forbidden' | 'not-found' | 'failed';

export type Reply<K extends MessageType = MessageType> =
  | { ok: true; value: MessageResult<K> }
  | { ok: false; error: { code: ErrorCode; message: string } };
