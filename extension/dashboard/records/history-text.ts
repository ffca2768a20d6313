import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';

/** Every record type's field names, for a line whose record type the caller does not know (a timeline, a merge). */
const ANY_TYPE: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(recordTypes).map((t) => t.historyFields));

/** How a history line names a field: as the record type declares it (`historyFields`), else spelled out. */
export function fieldName(field: string, type?: RecordTypeName): string {
  const names: Readonly<Record<string, string>> = type ? recordTypes[type].historyFields : ANY_TYPE;
  return names[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** How a history line reads a value: as short text. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.address === 'string') return v.address;
    if (typeof v.number === 'string') return v.number;
    if (typeof v.name === 'string') return v.name;
    return Object.values(v)
      .filter((x) => x !== null && x !== '')
      .map(valueText)
      .join(', ');
  }
  return String(value);
}

const ACTIONS: Record<string, string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  restore: 'restored from the trash',
  merge: 'merged',
  unmerge: 'merge undone',
};

export function actionText(action: string): string {
  return ACTIONS[action] ?? action;
}
