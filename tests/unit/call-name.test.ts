/**
 * What the user calls someone: the rule that picks the name a draft greets
 * them by, and the field on its way in, through the protocol and into storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { firstName, MAX_CALL_NAME, nameInMessage } from '../../utils/people/call-name';
import { personInput } from '../../utils/records/inputs';
import { personRecord } from '../../utils/records/stored';
import { send, startBackground } from './background-harness';
import { person } from './fixtures';
import { pageSender } from './senders';

describe('the name a message greets someone by', () => {
  it.each([
    ['Maria Keller', 'Mia', 'Mia'],
    ['Maria Keller', '', 'Maria'],
    ['Maria Keller', '   ', 'Maria'],
    ['  Maria   Keller ', '', 'Maria'],
    ['Anne-Marie Dubois', '', 'Anne-Marie'],
    ['Sam', '', 'Sam'],
    ['Dr. Maria Keller', 'Maria', 'Maria'],
    ['Maria\tKeller', '', 'Maria'],
    ['<b>Maya</b> Lopez', '', '<b>Maya</b>'],
  ])('%j called %j is greeted as %j', (name, callName, expected) => {
    expect(nameInMessage({ name, callName })).toBe(expected);
  });

  it('takes the first word of a name, whatever the spaces around it', () => {
    expect(firstName('Maria Keller')).toBe('Maria');
    expect(firstName(' Maria')).toBe('Maria');
    expect(firstName('')).toBe('');
  });

  it('falls back to the whole name when it has no word to take', () => {
    expect(nameInMessage({ name: ' ', callName: '' })).toBe(' ');
  });
});

describe('the call name as people/save takes it', () => {
  const base = { name: 'Maria Keller', channels: [], cadenceDays: null, notes: '' };

  it('accepts a call name up to the limit, and reads an absent one as empty (their first name)', () => {
    expect(personInput({ ...base, callName: 'Mia' }, 'data').callName).toBe('Mia');
    expect(personInput({ ...base, callName: 'x'.repeat(MAX_CALL_NAME) }, 'data').callName).toHaveLength(MAX_CALL_NAME);
    expect(personInput(base, 'data').callName).toBe('');
  });

  it.each([
    ['too long', 'x'.repeat(MAX_CALL_NAME + 1), `data.callName must be at most ${MAX_CALL_NAME} characters`],
    ['a number', 42, 'data.callName must be text, not number'],
    ['null', null, 'data.callName must be text, not null'],
    ['a list', ['Mia'], 'data.callName must be text, not an array'],
    ['an object', { first: 'Mia' }, 'data.callName must be text, not an object'],
  ])('refuses a call name that is %s', (_what, callName, message) => {
    expect(() => personInput({ ...base, callName }, 'data')).toThrow(message);
  });

  it('checks a stored person the same way, for imports', () => {
    const maria = person('maria', { name: 'Maria Keller', callName: 'Mia' });
    expect(personRecord(maria, 'person')).toEqual(maria);
    const { callName: _, ...older } = maria;
    expect(personRecord(older, 'person')).toEqual({ ...maria, callName: '' });
    expect(() => personRecord({ ...maria, callName: 7 }, 'person')).toThrow('person.callName must be text, not number');
  });
});

describe('saving what the user calls someone', () => {
  beforeEach(async () => {
    await startBackground();
  });

  async function save(data: unknown) {
    return send({ type: 'people/save', data }, pageSender());
  }

  it('stores it trimmed, keeps it through an edit, and clears it when emptied', async () => {
    const added = await save({ name: 'Maria Keller', callName: '  Mia ', channels: [], cadenceDays: null, notes: '' });
    if (!added.ok) throw new Error(added.error.message);
    const { id } = added.value as { id: string };
    expect(added.value).toMatchObject({ name: 'Maria Keller', callName: 'Mia' });

    const renamed = await save({ id, name: 'Maria K.', callName: 'Mia', channels: [], cadenceDays: 7, notes: '' });
    expect(renamed).toMatchObject({ ok: true, value: { name: 'Maria K.', callName: 'Mia' } });

    const cleared = await save({ id, name: 'Maria K.', callName: '   ', channels: [], cadenceDays: 7, notes: '' });
    expect(cleared).toMatchObject({ ok: true, value: { callName: '' } });
    const list = await send({ type: 'people/list', data: {} }, pageSender());
    expect(list).toMatchObject({ ok: true, value: [{ id, callName: '' }] });
  });

  it('writes a new person with its fields in the order an import reads them back', async () => {
    const added = await save({ name: 'Maria Keller', callName: 'Mia', channels: [], cadenceDays: null, notes: '' });
    if (!added.ok) throw new Error(added.error.message);
    expect(JSON.stringify(personRecord(added.value, 'person'))).toBe(JSON.stringify(added.value));
  });

  it('refuses a call name of the wrong type or too long, and stores nothing', async () => {
    for (const callName of [42, 'x'.repeat(MAX_CALL_NAME + 1)]) {
      const reply = await save({ name: 'Maria Keller', callName, channels: [], cadenceDays: null, notes: '' });
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'invalid-data', message: expect.stringContaining('callName') },
      });
    }
    expect(await send({ type: 'people/list', data: {} }, pageSender())).toEqual({ ok: true, value: [] });
  });
});
