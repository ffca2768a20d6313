import type { MessageKey } from '../../../shared/i18n/messages';
import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';
import { currentI18n } from '../../ui/i18n/use-i18n';

/** Every record type's field names, for a line whose record type the caller does not know (a timeline, a merge). */
const ANY_TYPE: Readonly<Record<string, MessageKey>> = Object.assign(
  {},
  ...Object.values(recordTypes).map((t) => t.historyFields),
);

/** How a history line names a field: as the record type declares it (`historyFields`), else spelled out. */
export function fieldName(field: string, type?: RecordTypeName): string {
  const names: Readonly<Record<string, MessageKey>> = type ? recordTypes[type].historyFields : ANY_TYPE;
  const key = names[field];
  return key ? currentI18n().t(key) : field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** How a history line reads a value: as short text. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return currentI18n().t(value ? 'records.history.yes' : 'records.history.no');
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

const ACTIONS: Record<string, MessageKey> = {
  create: 'records.history.action.create',
  update: 'records.history.action.update',
  delete: 'records.history.action.delete',
  restore: 'records.history.action.restore',
  merge: 'records.history.action.merge',
  unmerge: 'records.history.action.unmerge',
};

export function actionText(action: string): string {
  const key = ACTIONS[action];
  return key ? currentI18n().t(key) : action;
}

const CHANNELS: Record<string, MessageKey> = {
  dashboard: 'records.history.channel.dashboard',
  extension: 'records.history.channel.extension',
  api: 'records.history.channel.api',
  import: 'records.history.channel.import',
  monitoring: 'records.history.channel.monitoring',
};

/** Where a change came from (the audit log's `channel`), in words. */
export function channelText(channel: string): string {
  const key = CHANNELS[channel];
  return key ? currentI18n().t(key) : channel;
}
