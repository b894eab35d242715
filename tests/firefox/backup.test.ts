/**
 * Your data in a real Firefox: export everything to a downloaded file,
 * delete it all, and import the file back through the form; a broken file
 * gets a clear error and changes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickButton, control, texts, untilText } from './dom';
import { call } from './extension-data';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

type Backup = Record<string, unknown> & { exportedAt?: unknown };

/** Picks a file in the "Backup file" field, as the file chooser would. */
async function chooseFile(page: Page, path: string): Promise<void> {
  const input = (await control(page, 'Backup file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await input.dispose();
}

/** A backup without the moment it was made, to compare what it holds. */
function held({ exportedAt: _, ...rest }: Backup): Record<string, unknown> {
  return rest;
}

describe('your data in Firefox', () => {
  it('exports to a file, and importing it after deleting everything gives the same data', async () => {
    const tend = firefox();
    const maya = await call<{ id: string }>(tend, 'people/save', {
      name: 'Maya',
      channels: [{ kind: 'email', value: 'maya@example.org' }],
      cadenceDays: 14,
      notes: 'Climbing',
    });
    await call(tend, 'moments/save', {
      personId: maya.id,
      kind: 'goal',
      text: 'half marathon',
      sharedOn: '2026-11-01',
      followUpOn: null,
    });
    await call(tend, 'interactions/log', { personId: maya.id, at: Date.now() - 3_600_000, how: 'call', note: '' });
    await call(tend, 'settings/update', { dailyCap: 2 });
    const before = await call<Backup>(tend, 'backup/export', {});

    const page = await tend.openPage('options.html#data');
    await clickButton(page, 'Export to a file');
    const name = await until(
      async () => readdirSync(tend.downloadDir).find((file) => /^tend-backup-\d{4}-\d{2}-\d{2}\.json$/.test(file)),
      (file) => file !== undefined,
      { what: 'the exported file downloaded' },
    );
    const file = join(tend.downloadDir, name ?? '');
    const exported = await until(
      async () => JSON.parse(readFileSync(file, 'utf8')) as Backup,
      (backup) => Array.isArray(backup.people),
      { what: 'the exported file complete' },
    );
    expect(held(exported)).toEqual(held(before));

    await call(tend, 'data/delete-all', { confirm: 'delete everything' });
    expect(await call<unknown[]>(tend, 'people/list', {})).toEqual([]);
    const importer = await tend.openPage('options.html#data');
    const replace = await control(importer, 'Replace: make Tend exactly what the file holds, settings included');
    await replace.click();
    await chooseFile(importer, file);
    await until(
      () => texts(importer, '.import-preview tr[data-store="people"] td'),
      ([added]) => added === '1',
      { what: 'the preview counting one person to add' },
    );
    await clickButton(importer, 'Replace everything with this file');
    await untilText(importer, '[role="status"]', `Imported ${name}.`);
    expect(held(await call<Backup>(tend, 'backup/export', {}))).toEqual(held(before));
  });

  it('shows a clear error for a broken file and changes nothing', async () => {
    const tend = firefox();
    await call(tend, 'people/save', { name: 'Maya', channels: [], cadenceDays: null, notes: '' });
    const before = await call<Backup>(tend, 'backup/export', {});
    const broken = join(tend.downloadDir, 'notes.json');
    writeFileSync(broken, 'these are my notes');

    const page = await tend.openPage('options.html#data');
    await chooseFile(page, broken);
    const [error] = await untilText(page, '[role="alert"]', 'not valid JSON');
    expect(error).toContain('not valid JSON');
    expect(await texts(page, '.import-preview')).toEqual([]);
    expect(held(await call<Backup>(tend, 'backup/export', {}))).toEqual(held(before));
  });
});
