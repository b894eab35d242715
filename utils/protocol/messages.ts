/**
 * The one protocol between Tend's contexts. Each message names who may send
 * it and validates its data; results are typed here and produced only by the
 * background. Nothing a content script can receive names a person.
 */
import { MAX_SPAN_AGE_MS, MAX_SPANS_PER_REPORT } from '../activity';
import { type Settings, settingsPatch } from '../settings';
import { array, type Infer, number, object, refine, tuple, type Validator } from '../validate';

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

const activityReport = refine(
  object({
    sentAt: monotonicTime,
    spans: array(tuple(monotonicTime, monotonicTime), { max: MAX_SPANS_PER_REPORT }),
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
  'stats/today': { senders: ['page'], data: empty },
  'settings/get': { senders: ['page'], data: empty },
  'settings/update': { senders: ['page'], data: settingsPatch },
} as const satisfies Record<string, MessageSpec>;

export interface ActivityReceipt {
  /** Milliseconds newly counted; time another tab already counted is not counted again. */
  countedMs: number;
  /** False when the user turned this site off, or this is a private window Tend does not count. */
  tracking: boolean;
}

export interface SiteDay {
  site: string;
  siteName: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}

export interface TodayStats {
  day: string;
  sites: SiteDay[];
}

interface Results {
  'activity/report': ActivityReceipt;
  'stats/today': TodayStats;
  'settings/get': Settings;
  'settings/update': Settings;
}

export type MessageType = keyof typeof messages;
export type MessageData<K extends MessageType> = Infer<(typeof messages)[K]['data']>;
export type MessageResult<K extends MessageType> = Results[K];
export type MessageSenders<K extends MessageType> = (typeof messages)[K]['senders'][number];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: MessageData<K>;
}

export type ErrorCode = 'unknown-message' | 'invalid-data' | 'forbidden' | 'not-found' | 'failed';

export type Reply<K extends MessageType = MessageType> =
  | { ok: true; value: MessageResult<K> }
  | { ok: false; error: { code: ErrorCode; message: string } };
