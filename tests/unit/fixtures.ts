import type { Channel, Moment, NudgeRecord, Person } from '../../utils/records/types';

/** Builders for records in unit tests; each fills what a test does not care about. */

export const NOW = new Date(2026, 10, 24, 14, 30).getTime();
export const DAY = 86_400_000;

export function person(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    channels: [],
    cadenceDays: null,
    notes: '',
    lastContactAt: NOW - 3 * DAY,
    archived: false,
    createdAt: NOW - 100 * DAY,
    updatedAt: NOW - 100 * DAY,
    ...fields,
  };
}

export function moment(id: string, personId: string, fields: Partial<Moment> = {}): Moment {
  return {
    id,
    personId,
    kind: 'news',
    text: 'something',
    sharedOn: '2026-11-17',
    followUpOn: null,
    resolved: false,
    createdAt: NOW - 7 * DAY,
    updatedAt: NOW - 7 * DAY,
    ...fields,
  };
}

export function nudge(id: string, fields: Partial<NudgeRecord> = {}): NudgeRecord {
  return {
    id,
    at: NOW - DAY,
    site: 'instagram',
    tabId: 1,
    passiveMinutes: 10,
    personId: null,
    actionId: 'check-in',
    momentId: null,
    reason: '',
    outcome: 'acted',
    decidedAt: NOW - DAY,
    skipped: [],
    snoozedUntil: null,
    ...fields,
  };
}

/** A valid value for each kind of channel. */
export const SAMPLE_CHANNELS: Record<Channel['kind'], string> = {
  email: 'maya@example.org',
  sms: '+44 7700 900123',
  phone: '+1 (555) 010-9999',
  whatsapp: '+4915123456789',
  telegram: '@maya_writes',
  signal: '+33612345678',
  link: 'https://www.instagram.com/direct/t/12345/',
};
