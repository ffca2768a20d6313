import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';

/** Where a record type's list and cards live in the dashboard, and its names in sentences and file names. */
export function listNames(type: RecordTypeName) {
  const { plural, label } = recordTypes[type];
  return {
    /** `#/companies`: the list; `#/companies/<id>` a card. */
    route: `#/${plural}`,
    /** The hash route's page name of the list. */
    page: plural,
    one: label.one,
    many: label.many,
    /** "Companies": the heading and the sheet name. */
    title: label.many.charAt(0).toUpperCase() + label.many.slice(1),
  };
}

export type ListNames = ReturnType<typeof listNames>;
