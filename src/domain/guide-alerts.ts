// Guides hear first: a seminar newly published (by import or by an admin in chat) puts one alert per guide of each
// eligible municipality into the outbox. The dedupe key is per seminar and guide, so a re-import, a re-publish
// after a cancellation or a second admin click never alerts the same guide twice.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { seminars } from '../../db/schema.js';
import { enqueue, type OutboxMessage } from './outbox.js';
import { guidesOf } from './roles.js';

export const GUIDE_ALERT_KIND = 'guide.alert';

// A type, not an interface: outbox payloads must be assignable to Record<string, unknown>.
export type GuideAlertPayload = {
  seminarId: string;
  /** The guide's municipalities the seminar is open to (usually one). */
  municipalityIds: string[];
};

export const guideAlertKey = (seminarId: string, guideUserId: string) =>
  `${GUIDE_ALERT_KIND}:${seminarId}:${guideUserId}`;

/**
 * Queues the alerts for a seminar that has just been published. Guides who have never written to the bot cannot be
 * reached yet and are skipped. Returns how many alerts were queued (0 when all had been alerted before).
 */
export async function alertGuides(tx: DbOrTx, seminarId: string, now: Date): Promise<number> {
  const [seminar] = await tx.select().from(seminars).where(eq(seminars.id, seminarId));
  if (!seminar || seminar.status !== 'published') return 0;
  const guides = await guidesOf(tx, seminar.eligibleMunicipalities);
  const byGuide = new Map<string, string[]>();
  for (const g of guides)
    byGuide.set(g.user.aadObjectId, [...(byGuide.get(g.user.aadObjectId) ?? []), g.municipalityId]);
  const messages: OutboxMessage[] = [...byGuide].map(([userId, municipalityIds]) => ({
    userId,
    kind: GUIDE_ALERT_KIND,
    seminarId,
    dedupeKey: guideAlertKey(seminarId, userId),
    dueAt: now,
    // An alert about a seminar whose registration has closed is of no use.
    expiresAt: seminar.registrationDeadline,
    payload: { seminarId, municipalityIds: municipalityIds.sort() } satisfies GuideAlertPayload,
  }));
  return enqueue(tx, messages, now);
}
