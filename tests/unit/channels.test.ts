import { describe, expect, it } from 'vitest';
import { CHANNEL_KINDS, ChannelError, channelLink, normaliseChannel } from '../../utils/nudging/channels';
import { SAMPLE_CHANNELS } from './fixtures';

const draft = { subject: 'Coffee this week?', body: 'Hi Maya & co, how are you? 50% sure: yes!' };

describe('contact channels', () => {
  it('accepts and normalises a valid value of every kind', () => {
    expect(normaliseChannel('email', ' maya@example.org ')).toBe('maya@example.org');
    expect(normaliseChannel('sms', '+44 7700 900123')).toBe('+447700900123');
    expect(normaliseChannel('phone', '+1 (555) 010-9999')).toBe('+15550109999');
    expect(normaliseChannel('telegram', '@maya_writes')).toBe('maya_writes');
    expect(normaliseChannel('telegram', 'https://t.me/maya_writes')).toBe('maya_writes');
    expect(normaliseChannel('link', 'https://m.me/maya.lopez')).toBe('https://m.me/maya.lopez');
  });

  it.each([
    ['link', 'javascript:alert(1)'],
    ['link', 'JavaScript:alert(1)'],
    ['link', 'data:text/html,<script>alert(1)</script>'],
    ['link', 'http://m.me/maya'],
    ['link', 'file:///etc/passwd'],
    ['link', 'https://evil.example/m.me'],
    ['link', 'https://m.me.evil.example/maya'],
    ['link', 'https://user:pass@m.me/maya'],
    ['link', 'https://m.me:8443/maya'],
    ['link', 'not a url'],
    ['email', 'maya at example.org'],
    ['email', 'maya@'],
    ['email', '<script>@example.org'],
    ['sms', '07700 900123'],
    ['phone', 'call me maybe'],
    ['whatsapp', '+12'],
    ['telegram', 'ab'],
    ['signal', ''],
  ] as const)('refuses %s %j with a clear error', (kind, value) => {
    expect(() => normaliseChannel(kind, value)).toThrow(ChannelError);
    try {
      normaliseChannel(kind, value);
    } catch (error) {
      expect((error as Error).message.length).toBeGreaterThan(15);
    }
  });

  it('builds a link for every kind, with the draft where the channel can carry it', () => {
    const links = Object.fromEntries(
      CHANNEL_KINDS.map((kind) => [kind, channelLink({ kind, value: SAMPLE_CHANNELS[kind] }, 'Maya', draft)]),
    );
    expect(links.email?.url).toBe(
      'mailto:maya@example.org?subject=Coffee%20this%20week%3F&body=Hi%20Maya%20%26%20co%2C%20how%20are%20you%3F%2050%25%20sure%3A%20yes!',
    );
    expect(links.sms?.url).toBe(`sms:+447700900123?body=${encodeURIComponent(draft.body)}`);
    expect(links.phone?.url).toBe('tel:+15550109999');
    expect(new URL(links.whatsapp?.url ?? '').searchParams.get('text')).toBe(draft.body);
    expect(links.whatsapp?.url.startsWith('https://wa.me/4915123456789?')).toBe(true);
    expect(links.telegram?.url).toBe('https://t.me/maya_writes');
    expect(links.signal?.url).toBe('https://signal.me/#p/+33612345678');
    expect(links.link?.url).toBe('https://www.instagram.com/direct/t/12345/');
    expect(links.email?.verb).toBe('Email Maya');
    for (const link of Object.values(links)) expect(link.url).toMatch(/^(mailto|sms|tel|https):/);
  });

  it('refuses to build a link from an unsafe value that reached storage some other way', () => {
    expect(() => channelLink({ kind: 'link', value: 'javascript:alert(1)' }, 'Maya', draft)).toThrow(ChannelError);
    expect(() => channelLink({ kind: 'email', value: 'a@b.c?cc=everyone@example.org' }, 'Maya', draft)).toThrow();
  });
});
