import { describe, expect, it } from 'vitest';
import { MailingCreateRequestSchema } from '../../../shared/mail/mailing-request';
import {
  MERGE_FIELDS,
  mergeFieldToken,
  mergeValues,
  parseTemplate,
  renderTemplate,
  templateIssues,
} from '../../../shared/mail/merge-fields';

const ingrid = { firstName: 'Ingrid', lastName: 'Hansen', title: 'Innkjøpssjef', email: 'ingrid@fjordbruk.no' };
const fjordbruk = { name: 'Fjordbruk AS', orgNumber: '923609016', country: 'NO', address: { city: 'Tromsø' } };

describe('merge fields', () => {
  it('fills every supported field from a contact, its company and the sender', () => {
    const values = mergeValues({ contact: ingrid, company: fjordbruk, userName: 'Kari Nordmann' });
    const all = MERGE_FIELDS.map((f) => `${f.key}=${mergeFieldToken(f.key)}`).join('\n');
    expect(renderTemplate(all, values).split('\n')).toEqual([
      'contact.firstName=Ingrid',
      'contact.lastName=Hansen',
      'contact.fullName=Ingrid Hansen',
      'contact.title=Innkjøpssjef',
      'contact.email=ingrid@fjordbruk.no',
      'company.name=Fjordbruk AS',
      'company.orgNumber=923 609 016',
      'company.city=Tromsø',
      'user.name=Kari Nordmann',
    ]);
  });

  it('uses the fallback after | when the value is missing, and nothing without one', () => {
    const values = mergeValues({ contact: null, company: fjordbruk, userName: 'Kari' });
    expect(renderTemplate('Hei {{contact.firstName|there}}, {{ contact.title }}!', values)).toBe('Hei there, !');
    expect(renderTemplate('{{contact.fullName|alle i Fjordbruk}}', values)).toBe('alle i Fjordbruk');
  });

  it('keeps an org number as stored when its country has no register format', () => {
    const values = mergeValues({ contact: null, company: { ...fjordbruk, country: 'DE', orgNumber: 'HRB 1234' }, userName: '' });
    expect(renderTemplate('{{company.orgNumber}}', values)).toBe('HRB 1234');
    expect(renderTemplate('{{user.name|Fjord}}', values)).toBe('Fjord');
  });

  it('names an unknown field, and suggests the field a wrong case was meant to be', () => {
    expect(templateIssues('Hei {{contact.firstname}} og {{contact.nickname}}')).toEqual([
      'unknown merge field {{contact.firstname}}; did you mean {{contact.firstName}}?',
      'unknown merge field {{contact.nickname}}',
    ]);
    expect(templateIssues('{{ }}')).toEqual(['empty merge field "{{ }}"']);
  });

  it('reports a field that is never closed', () => {
    expect(templateIssues('Hei {{contact.firstName}, velkommen')).toEqual([
      'merge field "{{contact.firstName}" is not closed with }}',
    ]);
    expect(templateIssues('Hei {{contact.firstName} og {{company.name}}')).toHaveLength(1);
  });

  it('leaves text without fields alone, braces included', () => {
    expect(parseTemplate('Pris: {100} kr }} ok')).toEqual({ parts: [{ text: 'Pris: {100} kr }} ok' }], issues: [] });
    expect(renderTemplate('', {})).toBe('');
  });

  it('refuses a mailing request whose subject or body has a bad field, naming which', () => {
    const result = MailingCreateRequestSchema.safeParse({
      subject: 'Til {{company.nam}}',
      body: 'Hei {{contact.firstName}}',
      target: { entity: 'company', ids: ['0190d6a0-0000-7000-8000-000000000001'] },
      recipients: 'both',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['subject', 'unknown merge field {{company.nam}}'],
    ]);
  });

  it('wants either ids or a filter as the target, not both or neither', () => {
    const base = { subject: 'Hei', body: 'Hei', recipients: 'companies' };
    const id = '0190d6a0-0000-7000-8000-000000000001';
    expect(MailingCreateRequestSchema.safeParse({ ...base, target: { entity: 'company' } }).success).toBe(false);
    expect(MailingCreateRequestSchema.safeParse({ ...base, target: { entity: 'company', ids: [id], filter: {} } }).success).toBe(
      false,
    );
    expect(
      MailingCreateRequestSchema.safeParse({ ...base, target: { entity: 'company', filter: { country: 'no' } } }).success,
    ).toBe(true);
  });
});
