import { and, desc, eq, inArray } from 'drizzle-orm';
import { v5 as uuidV5 } from 'uuid';
import { newFlags, ratingChange, type CreditRating } from '../../shared/credit/credit-rating';
import type { Language } from '../../shared/i18n/languages';
import type { MessageKey } from '../../shared/i18n/messages';
import { newId } from '../../shared/ids';
import type { DbOrTx } from '../db/client';
import { i18nFor } from '../i18n/server-i18n';
import { creditMonitors, creditRatings, notifications, users } from '../db/schema';

/** Namespace of rating ids: the same check of the same state always makes the same id. */
const RATING_NAMESPACE = '5a0c1d8e-7f0e-4c59-9d0a-3f1c2b4e6a71';
/** Flags worth a notification of their own when they turn on. */
const ALARM_FLAGS: Record<string, MessageKey> = {
  bankrupt: 'server.credit.bankrupt',
  deleted: 'server.credit.deleted',
  forcedDissolution: 'server.credit.forcedDissolution',
  dissolving: 'server.credit.dissolving',
};

export type RatingTarget = { workspaceId: string; companyId: string; companyName: string; recipients: string[] };

/**
 * Stores what a provider said, inside the caller's transaction: a new trend row and notifications
 * only when something changed, and the monitor's next check. Ids and dedupe keys are derived from
 * the previous rating, so running the same check twice (a restart between the provider's answer
 * and the commit) writes it once.
 */
export async function recordRating(tx: DbOrTx, target: RatingTarget, rating: CreditRating, now: number, nextCheckAt: number) {
  const [latest] = await tx
    .select()
    .from(creditRatings)
    .where(
      and(
        eq(creditRatings.workspaceId, target.workspaceId),
        eq(creditRatings.companyId, target.companyId),
        eq(creditRatings.provider, rating.provider),
      ),
    )
    .orderBy(desc(creditRatings.fetchedAt))
    .limit(1);
  const before: CreditRating | null = latest ? { ...latest, provider: rating.provider } : null;
  // Stored in English for logs and as the mark that this rating is news; readers get it worded anew.
  const change = ratingChange(before, rating, i18nFor('en'));
  const turnedOn = before ? newFlags(before, rating).filter((f) => f in ALARM_FLAGS) : [];
  let ratingId = latest?.id ?? null;
  if (!latest || change) {
    ratingId = uuidV5(`${target.companyId}:${rating.provider}:${latest?.id ?? 'first'}`, RATING_NAMESPACE);
    await tx
      .insert(creditRatings)
      .values({ id: ratingId, workspaceId: target.workspaceId, companyId: target.companyId, ...rating, change, fetchedAt: now })
      .onConflictDoNothing();
  }
  const languages = await languagesOf(tx, target.recipients);
  const notes = target.recipients.flatMap((userId) => {
    // Each recipient reads the notice in their own language.
    const i18n = i18nFor(languages.get(userId));
    const { t } = i18n;
    const company = target.companyName;
    const body = change && ratingChange(before, rating, i18n);
    return [
      // A bankruptcy (or deletion) is told by its own notice, carrying the rest of the change.
      ...(change && turnedOn.length === 0
        ? [
            {
              kind: 'creditChange',
              title: t('server.credit.ratingChanged', { company }),
              body,
              key: `rating:${ratingId}`,
            },
          ]
        : []),
      ...turnedOn.map((flag) => ({
        kind: 'registerFlag',
        title: t(ALARM_FLAGS[flag]!, { company }),
        body,
        key: `flag:${ratingId}:${flag}`,
      })),
    ].map((n) => ({
      id: newId(),
      workspaceId: target.workspaceId,
      userId,
      companyId: target.companyId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      dedupeKey: n.key,
      createdAt: now,
      readAt: null,
    }));
  });
  if (notes.length > 0) await tx.insert(notifications).values(notes).onConflictDoNothing();
  await tx
    .insert(creditMonitors)
    .values({
      workspaceId: target.workspaceId,
      companyId: target.companyId,
      provider: rating.provider,
      nextCheckAt,
      lastCheckedAt: now,
      failures: 0,
      lastError: null,
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: [creditMonitors.workspaceId, creditMonitors.companyId, creditMonitors.provider],
      set: { nextCheckAt, lastCheckedAt: now, failures: 0, lastError: null },
    });
  return { ratingId, change, turnedOn, before };
}

async function languagesOf(tx: DbOrTx, userIds: string[]): Promise<Map<string, Language | null>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, language: users.language }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.language]));
}
