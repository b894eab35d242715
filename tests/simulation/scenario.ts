/**
 * Who the simulated user keeps in touch with and what those people shared,
 * as the user would enter them on the options page. Days count from the
 * month's first day (0); negative days are before it. The dated moments fall
 * on different days, two or more apart, so each can be the first card of its
 * day; one date falls on a day the user is away, so it can only be marked late.
 */
import type { ChannelKind, InteractionKind, MomentKind } from '../../utils/records/types';

/** A Monday; the month runs over the change to summer time in Europe (29 March). */
export const FIRST_DAY = '2026-03-02';
export const MONTH_DAYS = 30;

export interface ScenarioPerson {
  key: string;
  name: string;
  cadenceDays: number | null;
  channels: { kind: ChannelKind; value: string }[];
  /** Their last conversation before the month, logged by hand when they were added; null if never. */
  lastContact: { day: number; hour: number; how: InteractionKind } | null;
}

export interface ScenarioMoment {
  key: string;
  person: string;
  kind: MomentKind;
  text: string;
  sharedOnDay: number;
  followUpDay: number | null;
  /** The day the user adds it: 0 for the setup, later for something shared during the month. */
  addedOnDay: number;
}

export const PEOPLE: readonly ScenarioPerson[] = [
  {
    key: 'maya',
    name: 'Maya',
    cadenceDays: 7,
    channels: [
      { kind: 'whatsapp', value: '+4915123456789' },
      { kind: 'email', value: 'maya@example.org' },
    ],
    lastContact: { day: -4, hour: 21, how: 'message' },
  },
  {
    key: 'sam',
    name: 'Sam',
    cadenceDays: 14,
    channels: [
      { kind: 'phone', value: '+15550109999' },
      { kind: 'sms', value: '+15550109999' },
    ],
    lastContact: { day: -10, hour: 19, how: 'call' },
  },
  {
    key: 'lena',
    name: 'Lena',
    cadenceDays: 30,
    channels: [{ kind: 'email', value: 'lena@example.org' }],
    lastContact: { day: -20, hour: 13, how: 'in-person' },
  },
  {
    key: 'omar',
    name: 'Omar',
    cadenceDays: 30,
    channels: [
      { kind: 'telegram', value: '@omar_writes' },
      { kind: 'link', value: 'https://www.instagram.com/direct/t/12345/' },
    ],
    // Already overdue when the month starts.
    lastContact: { day: -33, hour: 22, how: 'message' },
  },
  {
    key: 'rosa',
    name: 'Grandma Rosa',
    cadenceDays: null,
    channels: [{ kind: 'phone', value: '+34912345678' }],
    lastContact: { day: -6, hour: 11, how: 'call' },
  },
  {
    key: 'jonas',
    name: 'Jonas',
    cadenceDays: null,
    channels: [{ kind: 'signal', value: '+33612345678' }],
    lastContact: null,
  },
];

export const MOMENTS: readonly ScenarioMoment[] = [
  {
    key: 'maya-interview',
    person: 'maya',
    kind: 'challenge',
    text: 'her job interview at the city library',
    sharedOnDay: -3,
    followUpDay: 4,
    addedOnDay: 0,
  },
  {
    key: 'rosa-birthday',
    person: 'rosa',
    kind: 'date',
    text: '80th birthday',
    sharedOnDay: -40,
    followUpDay: 9,
    addedOnDay: 0,
  },
  {
    key: 'sam-scan',
    person: 'sam',
    kind: 'news',
    text: 'the results of his knee scan',
    sharedOnDay: 6,
    followUpDay: 11,
    addedOnDay: 6,
  },
  {
    key: 'omar-volunteering',
    person: 'omar',
    kind: 'value',
    text: 'the food bank he volunteers at, and its open day',
    sharedOnDay: -15,
    followUpDay: 14,
    addedOnDay: 0,
  },
  {
    key: 'jonas-driving-test',
    person: 'jonas',
    kind: 'challenge',
    text: 'his driving test',
    sharedOnDay: 12,
    followUpDay: 16,
    addedOnDay: 12,
  },
  {
    key: 'maya-birthday',
    person: 'maya',
    kind: 'date',
    text: 'birthday',
    sharedOnDay: -60,
    followUpDay: 19,
    addedOnDay: 0,
  },
  {
    key: 'lena-thesis',
    person: 'lena',
    kind: 'goal',
    text: 'handing in her thesis draft',
    sharedOnDay: -25,
    followUpDay: 22,
    addedOnDay: 0,
  },
  {
    key: 'omar-anniversary',
    person: 'omar',
    kind: 'date',
    text: 'wedding anniversary',
    sharedOnDay: -90,
    followUpDay: 25,
    addedOnDay: 0,
  },
  {
    key: 'sam-half-marathon',
    person: 'sam',
    kind: 'goal',
    text: 'running a half marathon',
    sharedOnDay: -20,
    followUpDay: null,
    addedOnDay: 0,
  },
  {
    key: 'lena-apartment',
    person: 'lena',
    kind: 'milestone',
    text: 'moving into her new apartment',
    sharedOnDay: -2,
    followUpDay: null,
    addedOnDay: 0,
  },
];

/** Days the user does not open a feed at all: Omar's anniversary falls on one. */
export const AWAY_DAYS: readonly number[] = [25];
