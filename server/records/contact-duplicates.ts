import { and, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { SIMILAR_NAME, nameSimilarity } from '../../shared/duplicates/name-similarity';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import type { DbOrTx } from '../db/client';
import { contacts } from '../db/schema';

export type ContactProbe = { firstName?: string; lastName?: string; email?: string; phone?: string; excludeId?: string };

/**
 * Live contacts that look like the one about to be created: any of its e-mails or its phone (in
 * any format), or the same person's name. Strongest first, so the form can offer the existing one.
 */
export async function findContactDuplicates(db: DbOrTx, workspaceId: string, probe: ContactProbe) {
  const email = probe.email?.trim().toLowerCase() || null;
  const parsed = probe.phone?.trim() ? normalizePhone(probe.phone, 'NO') : null;
  const phone = parsed?.ok ? parsed.e164 : null;
  const name = [probe.firstName, probe.lastName].filter((s) => s?.trim()).join(' ');
  const match: (SQL | undefined)[] = [
    email ? sql`instr(lower(${contacts.emails}), ${JSON.stringify(email)}) > 0` : undefined,
    phone ? sql`instr(${contacts.phones}, ${JSON.stringify(phone)}) > 0` : undefined,
    probe.lastName?.trim() ? sql`${contacts.lastName} = ${probe.lastName.trim()} collate nocase` : undefined,
  ];
  if (match.every((m) => m === undefined)) return [];
  const scope = [eq(contacts.workspaceId, workspaceId), isNull(contacts.deletedAt), or(...match)];
  if (probe.excludeId) scope.push(ne(contacts.id, probe.excludeId));
  const candidates = await db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      emails: contacts.emails,
      phones: contacts.phones,
    })
    .from(contacts)
    .where(and(...scope))
    .limit(500);
  return candidates
    .map((c) => {
      const reasons: ('email' | 'phone' | 'name')[] = [];
      if (email && c.emails.some((e) => e.address.toLowerCase() === email)) reasons.push('email');
      if (phone && c.phones.some((p) => p.number === phone)) reasons.push('phone');
      const similarity = name ? nameSimilarity(name, [c.firstName, c.lastName].filter(Boolean).join(' ')) : 0;
      if (similarity >= SIMILAR_NAME) reasons.push('name');
      return {
        contact: { id: c.id, firstName: c.firstName, lastName: c.lastName, email: c.emails[0]?.address ?? null },
        reasons,
        score: reasons.filter((r) => r !== 'name').length + similarity,
      };
    })
    .filter((d) => d.reasons.length > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}
