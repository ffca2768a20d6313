import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCurrency, summaryDraft, summaryPayload } from '../../../../extension/dashboard/summaries/summary-draft';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';

const companyId = '01900000-0000-7000-8000-000000000001';

// English, as the test browser speaks it; no document here, so the lang attribute goes on a stand-in.
beforeAll(() => startLanguage('en', {} as HTMLElement));

describe('the agreement and invoice form', () => {
  it('sends the amount in minor units, the currency upper-cased and empty optional fields as null', () => {
    const draft = {
      ...summaryDraft('agreement', null, 'NOK', '2026-02-01'),
      number: ' A-1 ',
      amount: '1 234,50',
      currency: 'nok',
    };
    expect(summaryPayload('agreement', companyId, draft)).toEqual({
      payload: {
        companyId,
        number: 'A-1',
        title: null,
        date: '2026-02-01',
        amountMinor: 123_450,
        currency: 'NOK',
        status: 'draft',
      },
      issues: [],
    });
    const invoice = { ...summaryDraft('invoice', null, 'SEK', '2026-03-15'), number: '10001', amount: '99', status: 'paid' };
    expect(summaryPayload('invoice', companyId, invoice).payload).toEqual({
      companyId,
      number: '10001',
      date: '2026-03-15',
      dueDate: null,
      amountMinor: 9_900,
      currency: 'SEK',
      status: 'paid',
    });
  });

  it('names each field it can see is wrong, by the API field the server would name', () => {
    const draft = {
      ...summaryDraft('invoice', null, 'NOK'),
      date: '2026-02-30',
      dueDate: '2026-13-01',
      amount: '12,345',
      currency: 'kr',
    };
    expect(summaryPayload('invoice', companyId, draft).issues).toEqual([
      { path: ['number'], message: 'is required' },
      { path: ['date'], message: 'is not a calendar date' },
      { path: ['dueDate'], message: 'is not a calendar date' },
      { path: ['currency'], message: 'must be an ISO 4217 code such as NOK' },
      { path: ['amountMinor'], message: 'has more than 2 decimals' },
    ]);
  });

  it('words the problems in the language the user picked', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      const draft = { ...summaryDraft('agreement', null, 'NOK', '2026-02-01'), amount: '10', currency: 'kr' };
      expect(summaryPayload('agreement', companyId, draft).issues).toEqual([
        { path: ['number'], message: 'må fylles ut' },
        { path: ['currency'], message: 'må være en ISO 4217-kode, for eksempel NOK' },
      ]);
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });

  it('starts an edit from the stored row, the amount readable back exactly', () => {
    const row = {
      id: 'x',
      number: 'A-9',
      title: 'Frame',
      date: '2026-01-05',
      amountMinor: 1_200_000,
      currency: 'EUR',
      status: 'sent',
    };
    const draft = summaryDraft('agreement', row, 'NOK');
    expect(draft).toMatchObject({ number: 'A-9', title: 'Frame', amount: '12000.00', currency: 'EUR', status: 'sent' });
    expect(summaryPayload('agreement', companyId, draft).payload).toMatchObject({ amountMinor: 1_200_000, title: 'Frame' });
    expect([defaultCurrency('se'), defaultCurrency('FI'), defaultCurrency(null)]).toEqual(['SEK', 'EUR', 'NOK']);
  });
});
