import type { Translate } from '../../../shared/i18n/translator';
import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';

/** Where a record type's list and cards live in the dashboard, and the key of its name in sentences and file names. */
export function listNames(type: RecordTypeName) {
  const { plural, name } = recordTypes[type];
  return {
    type,
    /** `#/companies`: the list; `#/companies/<id>` a card. */
    route: `#/${plural}`,
    /** The hash route's page name of the list, and the test id of its table. */
    page: plural,
    /** "company" / "companies": an ICU plural on `count`. */
    name,
  };
}

export type ListNames = ReturnType<typeof listNames>;

/**
 * The record type's name for a sentence: `one` and `many` where the number is not said, `name`
 * agreeing with `count` where it is, and `type` for a language whose words agree in gender. Each
 * message takes what its grammar needs. 2 is a plural in all six languages.
 */
export function nameValues(t: Translate, names: ListNames, count = 2) {
  return {
    type: names.type,
    one: t(names.name, { count: 1 }),
    many: t(names.name, { count: 2 }),
    name: t(names.name, { count }),
  };
}

/** "Companies": the heading and the sheet name. */
export function listTitle(t: Translate, names: ListNames): string {
  const many = t(names.name, { count: 2 });
  return many.charAt(0).toUpperCase() + many.slice(1);
}
