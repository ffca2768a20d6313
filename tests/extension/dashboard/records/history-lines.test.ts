import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/api/records.api';
import { groupHistory, type HistoryGroup } from '../../../../extension/dashboard/records/history-groups';
import { historyHeadline, historyLines, historyValue } from '../../../../extension/dashboard/records/history-lines';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';
import { newId } from '../../../../shared/ids';

beforeAll(() => startLanguage('en', {} as HTMLElement));

const prospect = newId();
const customer = newId();
const hot = newId();
const vip = newId();
const cold = newId();
const kari = newId();
const parent = newId();
const contractEnd = newId();
const gone = newId();
const names = {
  [prospect]: 'Prospect',
  [customer]: 'Customer',
  [hot]: 'Hot lead',
  [vip]: 'VIP',
  [cold]: 'Cold',
  [kari]: 'Kari Nordmann',
  [parent]: 'Havbruk Nord AS',
  [contractEnd]: 'Contract ends',
};
const at = new Date(2026, 11, 6, 9, 14).getTime();
const user = { id: kari, name: 'Kari Nordmann' };

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  recordId: 'r1',
  at,
  action: 'update',
  channel: 'dashboard',
  user,
  field: 'name',
  oldValue: null,
  newValue: null,
  ...over,
});
const update = (changes: [string, unknown, unknown][]): HistoryGroup => ({
  recordId: 'r1',
  at,
  action: 'update',
  channel: 'dashboard',
  user,
  changes: changes.map(([field, oldValue, newValue]) => ({ field, oldValue, newValue })),
});
const text = (group: HistoryGroup) => historyLines(group, 'company', names).map((l) => `${l.field}: ${l.text}`);
const noRawValues = (s: string) => expect(s).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\d{13}/);

describe('grouping history lines into entries', () => {
  it('makes one entry of a quick-add, whose fields come one line each, and keeps the fields in order', () => {
    const created = ['name', 'country', 'tagIds'].map((field, i) =>
      entry({ action: 'create', channel: 'extension', field, newValue: i }),
    );
    // Newest first, as the server sends it: the update, then the create's fields last to first.
    const entries = [entry({ at: at + 1, field: 'phone' }), ...created.reverse()];
    const groups = groupHistory(entries);
    expect(groups.map((g) => [g.action, g.changes.map((c) => c.field)])).toEqual([
      ['update', ['phone']],
      ['create', ['name', 'country', 'tagIds']],
    ]);
    expect(historyHeadline(groups[1]!)).toBe('Created from the popup');
    expect(historyHeadline(groups[0]!)).toBe('Changed in the dashboard');
  });

  it('keeps two writes apart when they differ in time, user, channel or record', () => {
    const entries = [
      entry({}),
      entry({ at: at - 1 }),
      entry({ at: at - 1, user: { id: 'u2', name: 'Ola' } }),
      entry({ at: at - 1, user: { id: 'u2', name: 'Ola' }, channel: 'api' }),
      entry({ at: at - 1, user: { id: 'u2', name: 'Ola' }, channel: 'api', recordId: 'r2' }),
    ];
    expect(groupHistory(entries)).toHaveLength(5);
  });

  it('keeps a write that changed no field as an entry without lines', () => {
    const [group] = groupHistory([entry({ action: 'delete', field: null })]);
    expect(group!.changes).toEqual([]);
    expect(historyHeadline(group!)).toBe('Deleted in the dashboard');
  });
});

describe('history lines', () => {
  it('names list values, owners and the parent company, and words a deleted one instead of its id', () => {
    const lines = text(
      update([
        ['relationshipTypeId', prospect, customer],
        ['ownerIds', [], [kari]],
        ['parentId', null, parent],
        ['industryId', gone, null],
      ]),
    );
    expect(lines).toEqual([
      'Relationship: Prospect → Customer',
      'Owners: added Kari Nordmann',
      'Parent company: — → Havbruk Nord AS',
      'Industry: (deleted) → —',
    ]);
  });

  it('shows list changes as what was added and removed', () => {
    expect(text(update([['tagIds', [cold, prospect], [prospect, hot, vip]]]))).toEqual([
      'Tags: added Hot lead, VIP; removed Cold',
    ]);
    expect(text(update([['tagIds', [hot, vip], [vip]]]))).toEqual(['Tags: removed Hot lead']);
    expect(text(update([['tagIds', [hot, vip], [vip, hot]]]))).toEqual(['Tags: order changed']);
    expect(text(update([['socialProfiles', ['https://x.example/a'], ['https://x.example/b']]]))).toEqual([
      'Social profiles: added https://x.example/b; removed https://x.example/a',
    ]);
  });

  it('reads timestamps and days as dates, never as epoch numbers', () => {
    const [deleted] = text(update([['deletedAt', at, null]]));
    expect(deleted).toBe('Deleted: 6 Dec 2026, 09:14 → —');
    const [custom] = text(update([['customFields', {}, { [contractEnd]: '2027-01-31' }]]));
    expect(custom).toBe('Contract ends: — → 31 Jan 2027');
    noRawValues(historyValue({ dueAt: at, lastCheckedAt: at + 1 }, names));
  });

  it('names each changed custom field and leaves the unchanged ones out', () => {
    const lines = text(
      update([
        ['customFields', { [contractEnd]: '2027-01-31', [gone]: 'K-17' }, { [contractEnd]: '2027-01-31', [gone]: 'K-18' }],
      ]),
    );
    expect(lines).toEqual(['(deleted field): K-17 → K-18']);
  });

  it('words yes and no, money, countries, addresses and invoicing', () => {
    expect(text(update([['emailsBlocked', false, true]]))).toEqual(['Emails blocked: no → yes']);
    expect(historyValue({ amount: 12500, currency: 'NOK' }, names)).toMatch(/12,500\.00/);
    expect(text(update([['country', 'SE', 'NO']]))).toEqual(['Country: Sweden (SE) → Norway (NO)']);
    const [address] = text(
      update([['address', null, { street: 'Sjøgata 12', postalCode: '8006', city: 'Bodø', region: null, country: 'NO' }]]),
    );
    expect(address).toBe('Address: — → Sjøgata 12, 8006 Bodø, Norway (NO)');
    const [invoice] = text(update([['invoice', null, { type: 'paper', email: null, creditDays: 14 }]]));
    expect(invoice).toBe("Invoice: — → Paper, by post · 14 days' credit");
  });

  it('lists what a record was created with, leaving out the empty fields and the flags left off', () => {
    const group: HistoryGroup = {
      ...update([
        ['name', null, 'Havbruk Nord AS'],
        ['website', null, null],
        ['tagIds', null, [hot]],
        ['categoryIds', null, []],
        ['emailsBlocked', null, false],
        ['customerNumber', null, 10023],
      ]),
      action: 'create',
    };
    expect(text(group)).toEqual(['Name: Havbruk Nord AS', 'Tags: Hot lead', 'Customer number: 10023']);
  });

  it('names the record a merge brought in, and an undone merge by the name the server found', () => {
    const merged = newId();
    const group = {
      ...update([['mergedFrom', null, { id: merged, name: 'Lofoten Sjømat', mergeId: newId() }]]),
      action: 'merge',
    };
    expect(text(group)).toEqual(['Merged record: — → Lofoten Sjømat']);
    const undone = { ...update([['mergedFrom', { id: parent, mergeId: newId() }, null]]), action: 'unmerge' };
    expect(text(undone)).toEqual(['Merged record: Havbruk Nord AS → —']);
  });

  it("tells a contact's companies as works at, and a position by its company", () => {
    const lines = historyLines(
      update([
        ['worksAt', [], [parent]],
        [`positionAt.${parent}`, 'CEO', 'Chair'],
        [`positionAt.${gone}`, 'CFO', null],
      ]),
      'contact',
      names,
    ).map((l) => `${l.field}: ${l.text}`);
    expect(lines).toEqual([
      'Works at: added Havbruk Nord AS',
      'Position at Havbruk Nord AS: CEO → Chair',
      'Position at (deleted): CFO → —',
    ]);
  });

  it('gives every company and contact field a label of its own', async () => {
    const { companyRecord } = await import('../../../../shared/records/company.record');
    const { contactRecord } = await import('../../../../shared/records/contact.record');
    const { CompanySchema } = await import('../../../../shared/entities/company');
    const { ContactSchema } = await import('../../../../shared/entities/contact');
    const bookkeeping = ['id', 'workspaceId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version', 'deletedAt'];
    const unlabelled = (schema: { shape: object }, fields: object) =>
      Object.keys(schema.shape).filter((f) => !bookkeeping.includes(f) && !(f in fields));
    expect(unlabelled(CompanySchema, companyRecord.historyFields)).toEqual([]);
    expect(unlabelled(ContactSchema, contactRecord.historyFields)).toEqual([]);
  });
});
