/**
 * Contact channels, and the one way Tend turns them into links: an
 * allow-list of schemes and hosts, built with URL APIs. A value that does
 * not fit its kind is refused where it is entered, with a message that says
 * why, so nothing unsafe is ever stored or opened.
 */
import type { Channel, ChannelKind } from '../records/types';

export const CHANNEL_KINDS: readonly ChannelKind[] = [
  'email',
  'sms',
  'phone',
  'whatsapp',
  'telegram',
  'signal',
  'link',
];

export const CHANNEL_LABELS: Record<ChannelKind, string> = {
  email: 'Email',
  sms: 'Text message',
  phone: 'Phone',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  signal: 'Signal',
  link: 'Profile or chat link',
};

/** Hosts a `link` channel may point at: messengers and the direct-message pages of social sites. */
export const LINK_HOSTS: readonly string[] = [
  'm.me',
  'messenger.com',
  'www.messenger.com',
  'facebook.com',
  'www.facebook.com',
  'instagram.com',
  'www.instagram.com',
  'ig.me',
  'x.com',
  'twitter.com',
  'linkedin.com',
  'www.linkedin.com',
  'bsky.app',
  'www.threads.com',
  'www.threads.net',
  'discord.com',
  'matrix.to',
  't.me',
  'wa.me',
  'signal.me',
  'teams.microsoft.com',
  'app.slack.com',
];

export class ChannelError extends Error {
  override name = 'ChannelError';
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const TELEGRAM_USER = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;

/** A phone number in international form: "+" and 7 to 15 digits; spaces, dots, dashes and brackets are dropped. */
function phoneNumber(value: string, kind: string): string {
  const compact = value.replace(/[\s().-]/g, '');
  if (!/^\+[1-9]\d{6,14}$/.test(compact)) {
    throw new ChannelError(`${kind} needs a number in international form, like +44 20 7946 0958.`);
  }
  return compact;
}

/**
 * Checks and normalises what the user typed for a channel. Returns the value
 * to store, or throws ChannelError with a message fit to show next to the field.
 */
export function normaliseChannel(kind: ChannelKind, raw: string): string {
  const value = raw.trim();
  if (value === '') throw new ChannelError('Enter an address, number or link, or remove this channel.');
  if (value.length > 300) throw new ChannelError('That is too long to be an address or link.');
  switch (kind) {
    case 'email':
      if (!EMAIL.test(value)) throw new ChannelError('That does not look like an email address.');
      return value;
    case 'sms':
    case 'phone':
    case 'whatsapp':
    case 'signal':
      return phoneNumber(value, CHANNEL_LABELS[kind]);
    case 'telegram': {
      const username = value.replace(/^@/, '').replace(/^https:\/\/t\.me\//, '');
      if (!TELEGRAM_USER.test(username))
        throw new ChannelError('Telegram needs a username of 5 to 32 letters, digits or _.');
      return username;
    }
    case 'link': {
      const url = URL.parse(value);
      if (url?.protocol !== 'https:') throw new ChannelError('Only https:// links can be opened from Tend.');
      if (url.username || url.password || url.port)
        throw new ChannelError('Links with a user name, password or port are not allowed.');
      if (!LINK_HOSTS.includes(url.hostname)) {
        throw new ChannelError(`Tend opens links to messengers and social sites only, not ${url.hostname}.`);
      }
      return url.href;
    }
  }
}

export interface ChannelLink {
  /** What the button says: "Email Maya". */
  verb: string;
  url: string;
  /** Whether the link carries the drafted message; if not, the card offers to copy it too. */
  carriesText: boolean;
}

const VERBS: Record<ChannelKind, string> = {
  email: 'Email',
  sms: 'Text',
  phone: 'Call',
  whatsapp: 'WhatsApp',
  telegram: 'Message on Telegram',
  signal: 'Message on Signal',
  link: 'Message',
};

/** mailto and sms want %20 for spaces; URLSearchParams would write "+". */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * The link that starts a message (or call) on a channel, with the drafted
 * text where the channel can carry it. The stored value is checked again, so
 * a value that got into storage some other way still cannot produce an
 * unsafe link.
 */
export function channelLink(
  channel: Channel,
  personName: string,
  draft: { subject: string; body: string },
): ChannelLink {
  const value = normaliseChannel(channel.kind, channel.value);
  const verb = `${VERBS[channel.kind]} ${personName}`;
  switch (channel.kind) {
    case 'email': {
      const at = value.lastIndexOf('@');
      const address = `${encodeURIComponent(value.slice(0, at))}@${value.slice(at + 1)}`;
      return {
        verb,
        url: `mailto:${address}?${query({ subject: draft.subject, body: draft.body })}`,
        carriesText: true,
      };
    }
    case 'sms':
      return { verb, url: `sms:${value}?${query({ body: draft.body })}`, carriesText: true };
    case 'phone':
      return { verb, url: `tel:${value}`, carriesText: false };
    case 'whatsapp': {
      const url = new URL(`https://wa.me/${value.slice(1)}`);
      url.searchParams.set('text', draft.body);
      return { verb, url: url.href, carriesText: true };
    }
    case 'telegram':
      return { verb, url: new URL(`https://t.me/${value}`).href, carriesText: false };
    case 'signal':
      return { verb, url: new URL(`https://signal.me/#p/${value}`).href, carriesText: false };
    case 'link':
      return { verb, url: new URL(value).href, carriesText: false };
  }
}

/** Channels that can carry a spoken conversation. */
export const CALL_KINDS: readonly ChannelKind[] = ['phone', 'whatsapp', 'signal', 'telegram'];
/** Channels that can carry a written message. */
export const MESSAGE_KINDS: readonly ChannelKind[] = ['email', 'sms', 'whatsapp', 'telegram', 'signal', 'link'];
/** Channels where a voice note is at home. */
export const VOICE_NOTE_KINDS: readonly ChannelKind[] = ['whatsapp', 'telegram', 'signal'];
