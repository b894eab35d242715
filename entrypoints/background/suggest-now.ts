/**
 * The popup's suggestion: the same engine as a nudge, asked right now, with
 * nothing recorded until the user says they did it.
 */
import type { IDBPDatabase } from 'idb';
import { actionById } from '../../utils/nudging/actions';
import { viewSuggestion } from '../../utils/nudging/plan';
import { outsideWakingHours } from '../../utils/nudging/policy';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { SuggestionNow } from '../../utils/protocol/results';
import type { Interaction } from '../../utils/records/types';
import type { Settings } from '../../utils/settings/settings';
import { OTHER_SITE } from '../../utils/sites/label';
import { hasActivePeople } from './db/roster-reads';
import type { TendDB } from './db/schema';
import { pickIdea } from './nudge-lifecycle';
import { recordConnection } from './record-connection';

/** The waking-hours rule holds here too: at 3 a.m. the popup says why it suggests no one, and until when. */
export async function suggestNow(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<SuggestionNow> {
  const resting = outsideWakingHours(settings, now);
  if (resting) return (await hasActivePeople(db)) ? { kind: 'resting', resting } : { kind: 'no-people' };
  const { idea, hasPeople } = await pickIdea(db, { now, wakingHours: settings.wakingHours });
  if (!hasPeople) return { kind: 'no-people' };
  const person = idea ? await db.get('people', idea.personId) : undefined;
  if (!idea || !person) return { kind: 'none' };
  const moment = idea.momentId ? await db.get('moments', idea.momentId) : undefined;
  const view = viewSuggestion(idea, person, moment);
  return view ? { kind: 'suggestion', view } : { kind: 'none' };
}

export async function suggestionDone(
  db: IDBPDatabase<TendDB>,
  done: { personId: string; actionId: string; momentId: string | null },
  now: number,
): Promise<Interaction> {
  const action = actionById(done.actionId);
  if (!action) throw new ProtocolError('invalid-data', 'That is not one of Tend’s actions.');
  return recordConnection(db, {
    personId: done.personId,
    action,
    momentId: done.momentId,
    site: OTHER_SITE,
    now,
    nudge: null,
  });
}
