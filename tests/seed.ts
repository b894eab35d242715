/**
 * Records to seed Tend with, for the unit tests, the end-to-end tests, the
 * benchmarks and the demo: one typed builder per record, a backup file
 * around them, and days counted on the calendar. One file so every seed
 * shares one set of defaults.
 *
 * The benchmarks and the demo run this under plain `node`, whose type
 * stripping needs explicit `.ts` extensions and cannot follow the
 * extension's own extensionless imports. So project code comes in only as
 * `import type`, or from a file with no imports of its own (day.ts);
 * `node bench/options.ts --smoke` fails if that ever stops being true.
 */
import type { Backup } from '../utils/backup/backup-file.ts';
import { dayKey } from '../utils/platform/day.ts';
import type { InteractionInput, MomentInput, PersonInput } from '../utils/records/inputs.ts';
import type { ChannelKind, DayTotal, Interaction, Moment, NudgeRecord, Person } from '../utils/records/types.ts';
import type { Settings } from '../utils/settings/settings.ts';

/**
 * The instant `days` calendar days before `now` (after it, when negative),
 * at the same local clock time. Counted on the calendar, not in 24-hour
 * steps: a day when clocks change lasts 23 or 25 hours.
 */
export function daysAgo(now: number, days: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() - days);
  return date.getTime();
}

/**
 * Local noon on the date `days` before `now`'s (after it, when negative):
 * an instant that falls squarely on its date, whatever the clocks did.
 */
export function noonDaysAgo(now: number, days: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - days, 12).getTime();
}

/** The local date (YYYY-MM-DD) `days` before `now`'s, after it when negative. */
export function dateDaysAgo(now: number, days: number): string {
  return dayKey(noonDaysAgo(now, days));
}

/**
 * One instant on each of the last `count` local dates, newest first: `now`
 * for today and noon on each earlier date, so no two share a date.
 */
export function pastDays(now: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? now : noonDaysAgo(now, i)));
}

/** A valid value for each kind of channel. */
export const SAMPLE_CHANNELS: Record<ChannelKind, string> = {
  email: 'maya@example.org',
  sms: '+44 7700 900123',
  phone: '+1 (555) 010-9999',
  whatsapp: '+4915123456789',
  telegram: '@maya_writes',
  signal: '+33612345678',
  link: 'https://www.instagram.com/direct/t/12345/',
};

/**
 * Builders for each record, with times relative to `now`. Each fills what a
 * caller does not care about with something valid, so a test names only
 * the fields it is about.
 */
export function recordBuilders(now: number) {
  return {
    person(id: string, fields: Partial<Person> = {}): Person {
      return {
        id,
        name: id.charAt(0).toUpperCase() + id.slice(1),
        callName: '',
        channels: [],
        cadenceDays: null,
        notes: '',
        lastContactAt: daysAgo(now, 3),
        archived: false,
        createdAt: daysAgo(now, 100),
        updatedAt: daysAgo(now, 100),
        ...fields,
      };
    },

    moment(id: string, personId: string, fields: Partial<Moment> = {}): Moment {
      return {
        id,
        personId,
        kind: 'news',
        text: 'something',
        sharedOn: dateDaysAgo(now, 7),
        followUpOn: null,
        resolved: false,
        createdAt: daysAgo(now, 7),
        updatedAt: daysAgo(now, 7),
        ...fields,
      };
    },

    interaction(id: string, personId: string, fields: Partial<Interaction> = {}): Interaction {
      return { id, personId, at: daysAgo(now, 1), how: 'message', note: '', nudgeId: null, ...fields };
    },

    /** Acted on as it was shown, unless `fields` say otherwise. */
    nudge(id: string, fields: Partial<NudgeRecord> = {}): NudgeRecord {
      const at = fields.at ?? daysAgo(now, 1);
      return {
        id,
        at,
        site: 'instagram',
        tabId: 1,
        passiveMinutes: 10,
        personId: null,
        actionId: 'check-in',
        momentId: null,
        reason: '',
        outcome: 'acted',
        decidedAt: at,
        skipped: [],
        snoozedUntil: null,
        ...fields,
      };
    },

    /** One site's totals on one local date; `day` is YYYY-MM-DD (see `dateDaysAgo`). */
    dayTotal(day: string, site: string, fields: Partial<Omit<DayTotal, 'day' | 'site'>> = {}): DayTotal {
      return { day, site, passiveMs: 10 * 60_000, nudges: 1, connections: 0, ...fields };
    },
  };
}

export type RecordBuilders = ReturnType<typeof recordBuilders>;

export interface BackupContents {
  /** When the file says it was made. */
  exportedAt: number;
  /**
   * Whole settings, as the extension under test reports them (`settings/get`)
   * or its defaults: an import replaces the settings with these, and refuses
   * a file missing a field that Tend requires.
   */
  settings: Settings;
  people?: Person[];
  moments?: Moment[];
  interactions?: Interaction[];
  nudges?: NudgeRecord[];
  days?: DayTotal[];
}

/** A backup file holding these records, ready for `JSON.stringify` and `backup/import`. */
export function backupOf({
  exportedAt,
  settings,
  people = [],
  moments = [],
  interactions = [],
  nudges = [],
  days = [],
}: BackupContents): Backup {
  return {
    // Literals, not BACKUP_FORMAT and BACKUP_VERSION: backup-file.ts has imports Node cannot load.
    // `Backup` types both as those constants' values, so a new format fails to compile here.
    format: 'tend-backup',
    version: 1,
    exportedAt: new Date(exportedAt).toISOString(),
    settings,
    people,
    moments,
    interactions,
    nudges,
    days,
  };
}

/** The fields `people/save` takes for a new person like `person`. */
export function personInput({ name, callName, channels, cadenceDays, notes }: Person): PersonInput {
  return { name, callName, channels, cadenceDays, notes };
}

/** The fields `moments/save` takes for a new moment like `moment`, for whatever id Tend gave its person. */
export function momentInput({ kind, text, sharedOn, followUpOn, resolved }: Moment, personId: string): MomentInput {
  return { personId, kind, text, sharedOn, followUpOn, resolved };
}

/** The fields `interactions/log` takes to log `interaction`, for whatever id Tend gave its person. */
export function interactionInput({ at, how, note }: Interaction, personId: string): InteractionInput {
  return { personId, at, how, note };
}

export interface SamplePerson {
  person: Person;
  moments: Moment[];
  interactions: Interaction[];
}

/** Three people someone might keep in touch with, each with something they shared; what the demo shows. */
export function samplePeople(now: number): SamplePerson[] {
  const { person, moment, interaction } = recordBuilders(now);
  const samCalled = daysAgo(now, 12);
  return [
    {
      person: person('maya', {
        channels: [
          { kind: 'email', value: SAMPLE_CHANNELS.email },
          { kind: 'whatsapp', value: SAMPLE_CHANNELS.whatsapp },
        ],
        cadenceDays: 14,
        notes: 'Climbing on Thursdays',
        lastContactAt: null,
      }),
      moments: [
        moment('maya-interview', 'maya', {
          kind: 'challenge',
          text: 'her job interview at the city library',
          sharedOn: dateDaysAgo(now, 7),
          followUpOn: dateDaysAgo(now, 0),
        }),
      ],
      interactions: [],
    },
    {
      person: person('sam', {
        channels: [{ kind: 'phone', value: '+15550109999' }],
        cadenceDays: 7,
        lastContactAt: samCalled,
      }),
      moments: [
        moment('sam-half-marathon', 'sam', {
          kind: 'goal',
          text: 'running a half marathon',
          sharedOn: dateDaysAgo(now, 20),
        }),
      ],
      interactions: [interaction('sam-call', 'sam', { at: samCalled, how: 'call', note: 'Long call about training' })],
    },
    {
      person: person('lena', { cadenceDays: 30, lastContactAt: null }),
      moments: [
        moment('lena-apartment', 'lena', {
          kind: 'milestone',
          text: 'the new apartment',
          sharedOn: dateDaysAgo(now, 2),
        }),
      ],
      interactions: [],
    },
  ];
}
