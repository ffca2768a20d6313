import type { Address } from '../../../shared/entities/address';
import type { InvoiceSettings } from '../../../shared/entities/invoice-settings';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { RecordTypeName } from '../../../shared/records/record-types';
import { currentI18n } from '../../ui/i18n/use-i18n';
import { addressLines, countryName, invoiceText, naceText } from '../companies/company-format';
import { localDate } from '../custom-fields/custom-value-format';
import type { HistoryChange, HistoryGroup } from './history-groups';
import { fieldName } from './history-text';
import { deletedName } from './use-lookups';

/** What the ids in a history are called, as the server resolved them (`names` of the history answer). */
export type HistoryNames = Readonly<Record<string, string>>;

/** One line of an entry: the field as the user knows it and what happened to it. */
export type HistoryLine = { field: string; text: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Epoch milliseconds between 2001 and 2286: no count, amount or customer number in a CRM is that large. */
const isEpochMs = (n: number) => Number.isInteger(n) && n >= 1e12 && n < 1e13;

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nameOf = (id: string, names: HistoryNames) => names[id] ?? deletedName();

/** Any value as short text: ids by name, times and days as dates, yes/no in words, money as money. */
export function historyValue(value: unknown, names: HistoryNames): string {
  const { t, f } = currentI18n();
  if (isEmpty(value)) return t('history.empty');
  if (typeof value === 'boolean') return t(value ? 'records.history.yes' : 'records.history.no');
  if (typeof value === 'number') return isEpochMs(value) ? f.dateTime(value) : f.number(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return nameOf(value, names);
    if (ISO_DAY.test(value)) return f.date(localDate(value)!);
    if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return f.dateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => historyValue(v, names)).join(', ');
  const v = value as Record<string, unknown>;
  if (typeof v.amount === 'number' && typeof v.currency === 'string') return f.money(v.amount, v.currency);
  for (const key of ['name', 'address', 'number'] as const) if (typeof v[key] === 'string') return v[key];
  if (typeof v.id === 'string') return nameOf(v.id, names);
  return Object.values(v)
    .filter((x) => !isEmpty(x))
    .map((x) => historyValue(x, names))
    .join(', ');
}

/** A field's value the way its card shows it; anything else through `historyValue`. */
function fieldValue(field: string, value: unknown, names: HistoryNames): string {
  if (isEmpty(value)) return historyValue(value, names);
  if (field === 'country' && typeof value === 'string') return countryName(value) ?? value;
  if (field === 'naceCode' && typeof value === 'string') return naceText(value) ?? value;
  if (field === 'invoice') return invoiceText(value as InvoiceSettings) ?? historyValue(value, names);
  if (field.toLowerCase().endsWith('address') && isObject(value)) return addressLines(value as Address).join(', ');
  if (field === 'customerNumber' && typeof value === 'number') return String(value);
  if (field.endsWith('At') && typeof value === 'number') return currentI18n().f.dateTime(value);
  return historyValue(value, names);
}

/** A list that changed as what it gained and lost: "added Hot lead, VIP; removed Cold". */
function listChange(before: unknown[], after: unknown[], names: HistoryNames): string {
  const { t } = currentI18n();
  const key = (v: unknown) => JSON.stringify(v);
  const added = after.filter((a) => !before.some((b) => key(b) === key(a)));
  const removed = before.filter((b) => !after.some((a) => key(a) === key(b)));
  const text = (items: unknown[]) => historyValue(items, names);
  if (added.length > 0 && removed.length > 0) return t('history.addedRemoved', { added: text(added), removed: text(removed) });
  if (added.length > 0) return t('history.added', { items: text(added) });
  if (removed.length > 0) return t('history.removed', { items: text(removed) });
  return t('history.reordered');
}

function changeText(field: string, before: unknown, after: unknown, names: HistoryNames): string {
  const bothLists = (Array.isArray(before) || isEmpty(before)) && (Array.isArray(after) || isEmpty(after));
  if (bothLists && (Array.isArray(before) || Array.isArray(after)))
    return listChange((before ?? []) as unknown[], (after ?? []) as unknown[], names);
  return currentI18n().t('history.from', { old: fieldValue(field, before, names), new: fieldValue(field, after, names) });
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase(currentI18n().f.locale) + s.slice(1);

/** A field's name for a line; `deletedAt` and `mergedFrom` are bookkeeping the record types do not list. */
function fieldLabel(field: string, entity: RecordTypeName): string {
  const { t } = currentI18n();
  if (field === 'deletedAt') return capitalised(t('history.field.deletedAt'));
  if (field === 'mergedFrom') return capitalised(t('history.field.mergedFrom'));
  return capitalised(fieldName(field, entity));
}

/** A line's label: a custom field by its name, a position by its company, the rest by the record type. */
function lineLabel(field: string, entity: RecordTypeName, names: HistoryNames): string {
  const { t } = currentI18n();
  const [kind, id] = field.split('.') as [string, string | undefined];
  if (kind === 'customFields' && id) return names[id] ?? t('history.unknownField');
  if (kind === 'positionAt' && id) return capitalised(t('history.field.positionAt', { company: nameOf(id, names) }));
  return fieldLabel(field, entity);
}

/** Custom field values are one stored object; each changed one is its own line, named as the admin named it. */
function customFieldChanges(change: HistoryChange): HistoryChange[] {
  const before = isObject(change.oldValue) ? change.oldValue : {};
  const after = isObject(change.newValue) ? change.newValue : {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((id) => JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null))
    .map((id) => ({ field: `customFields.${id}`, oldValue: before[id] ?? null, newValue: after[id] ?? null }));
}

/**
 * The lines of one entry. A create lists the values the record started with (the filled-in
 * ones); other writes say what each field went from and to. The delete and restore's own timestamp is in the heading already.
 */
export function historyLines(group: HistoryGroup, entity: RecordTypeName, names: HistoryNames): HistoryLine[] {
  const changes = group.changes
    .flatMap((c) => (c.field === 'customFields' ? customFieldChanges(c) : [c]))
    .filter((c) => c.field !== 'deletedAt' || (group.action !== 'delete' && group.action !== 'restore'))
    // A record starts with every flag off; only what was filled in is news.
    .filter((c) => group.action !== 'create' || (!isEmpty(c.newValue) && c.newValue !== false));
  return changes.map((c) => {
    const field = lineLabel(c.field, entity, names);
    const text =
      group.action === 'create' ? fieldValue(c.field, c.newValue, names) : changeText(c.field, c.oldValue, c.newValue, names);
    return { field, text };
  });
}

const HEAD_ACTIONS: Record<string, MessageKey> = {
  create: 'history.action.create',
  update: 'history.action.update',
  delete: 'history.action.delete',
  restore: 'history.action.restore',
  merge: 'history.action.merge',
  unmerge: 'history.action.unmerge',
};

const HEAD_CHANNELS: Record<string, MessageKey> = {
  dashboard: 'history.channel.dashboard',
  extension: 'history.channel.extension',
  api: 'history.channel.api',
  import: 'history.channel.import',
  monitoring: 'history.channel.monitoring',
};

/** "Created from the popup", "Changed in the dashboard": what happened and where from. */
export function historyHeadline(group: Pick<HistoryGroup, 'action' | 'channel'>): string {
  const { t } = currentI18n();
  const action = t(HEAD_ACTIONS[group.action] ?? 'history.action.update');
  const channel = HEAD_CHANNELS[group.channel];
  return channel ? t('history.headline', { action, channel: t(channel) }) : action;
}
