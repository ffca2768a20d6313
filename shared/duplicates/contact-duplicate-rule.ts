import { normalizePhone } from '../phone/normalize-phone';
import { SIMILAR_NAME, nameSimilarity } from './name-similarity';

/** What is known of a person about to be added. */
export type ContactProbe = { firstName?: string | null; lastName?: string | null; email?: string | null; phone?: string | null };
/** A stored contact as far as the rule reads it: every e-mail and phone (E.164), not only the first. */
export type ContactCandidate = {
  id: string;
  firstName: string;
  lastName: string | null;
  emails: { address: string }[];
  phones: { number: string }[];
};
export type ContactDuplicateReason = 'email' | 'phone' | 'name';
export type ContactDuplicate<C extends ContactCandidate> = { contact: C; reasons: ContactDuplicateReason[]; score: number };
/** What a store looks candidates up by; `rankContactDuplicates` then decides. */
export type ContactDuplicateKeys = { email: string | null; phone: string | null; lastName: string | null };

/** The e-mail lower-cased, the phone in E.164 (read as Norwegian when it has no country code), the last name trimmed. */
export function contactDuplicateKeys(probe: ContactProbe): ContactDuplicateKeys {
  const parsed = probe.phone?.trim() ? normalizePhone(probe.phone, 'NO') : null;
  return {
    email: probe.email?.trim().toLowerCase() || null,
    phone: parsed?.ok ? parsed.e164 : null,
    lastName: probe.lastName?.trim() || null,
  };
}

/**
 * The duplicate-contact rule: a candidate with any e-mail equal to the probe's, any phone equal in
 * E.164, or a very similar full name. Strongest first: each shared channel counts one, a name its
 * similarity (below one), so a shared channel outranks any name.
 */
export function rankContactDuplicates<C extends ContactCandidate>(
  probe: ContactProbe,
  candidates: readonly C[],
): ContactDuplicate<C>[] {
  const { email, phone } = contactDuplicateKeys(probe);
  const name = [probe.firstName, probe.lastName].filter((s) => s?.trim()).join(' ');
  const matches: ContactDuplicate<C>[] = [];
  for (const contact of candidates) {
    const reasons: ContactDuplicateReason[] = [];
    if (email && contact.emails.some((e) => e.address.toLowerCase() === email)) reasons.push('email');
    if (phone && contact.phones.some((p) => p.number === phone)) reasons.push('phone');
    const similarity = name ? nameSimilarity(name, [contact.firstName, contact.lastName].filter(Boolean).join(' ')) : 0;
    if (similarity >= SIMILAR_NAME) reasons.push('name');
    if (reasons.length > 0) matches.push({ contact, reasons, score: reasons.filter((r) => r !== 'name').length + similarity });
  }
  return matches.sort((a, b) => b.score - a.score);
}
