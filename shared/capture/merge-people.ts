import type { CapturedPerson } from './captured';
import { nameKey } from './clean-text';

type Field = Exclude<keyof CapturedPerson, 'name'>;
const FIELDS: readonly Field[] = ['givenName', 'familyName', 'jobTitle', 'email', 'phone', 'url', 'photo', 'worksFor'];
const MAX_PEOPLE = 200;

/**
 * One entry per person: the same name with the same (or a missing) e-mail is the same person,
 * described by several sources. `people` must be in trust order; the first value per field wins.
 * Names that are the organisation's own (an h-card for the company) are not people.
 */
export function mergePeople(people: CapturedPerson[], orgNameKeys: ReadonlySet<string>): CapturedPerson[] {
  const merged: CapturedPerson[] = [];
  for (const person of people) {
    const key = nameKey(person.name.value);
    if (key === undefined || orgNameKeys.has(key)) continue;
    const email = person.email?.value.toLowerCase();
    const same = merged.find((m) => {
      const otherEmail = m.email?.value.toLowerCase();
      return nameKey(m.name.value) === key && (email === undefined || otherEmail === undefined || email === otherEmail);
    });
    if (!same) {
      if (merged.length < MAX_PEOPLE) merged.push(compact(person));
      continue;
    }
    for (const field of FIELDS) {
      if (same[field] === undefined && person[field] !== undefined) same[field] = person[field];
    }
  }
  return merged;
}

function compact(person: CapturedPerson): CapturedPerson {
  const out: CapturedPerson = { ...person };
  for (const field of FIELDS) if (out[field] === undefined) delete out[field];
  return out;
}
