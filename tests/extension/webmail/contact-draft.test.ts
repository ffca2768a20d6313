import { describe, expect, it } from 'vitest';
import { contactDraftFor, splitName } from '../../../extension/webmail/contact-draft';
import { readConversation as readGmail } from '../../../extension/webmail/gmail/read-conversation';
import { readConversation as readOutlook } from '../../../extension/webmail/outlook/read-conversation';
import { loadFixture } from './load-fixture';

describe('"Add contact" prefilled from a conversation', () => {
  it.each([
    ['gmail', () => readGmail(loadFixture('gmail-signature.html'), 'https://mail.google.com/mail/u/0/#inbox/x')],
    ['outlook', () => readOutlook(loadFixture('outlook-signature.html'), 'https://outlook.office.com/mail/inbox/id/x')],
  ])("takes name, title, company, phone and website from the sender's signature on %s", (_host, read) => {
    const conversation = read()!;
    const sender = conversation.messages[0]!.from;
    expect(contactDraftFor(sender, conversation)).toEqual({
      firstName: 'Lars',
      lastName: 'Eriksson',
      title: 'Trafikledare',
      email: 'lars@skargard-logistik.example.se',
      phones: ['+46812345678'],
      website: 'https://skargard-logistik.example.se',
      address: '',
      companyName: 'Skärgård Logistik AB',
    });
  });

  it('uses the display name alone for someone who only received messages', () => {
    const conversation = readGmail(loadFixture('gmail-long-thread.html'), 'https://mail.google.com/mail/u/0/#inbox/x')!;
    const lars = { name: 'Lars Eriksson', address: 'lars@skargard-logistik.example.se' };
    expect(contactDraftFor(lars, conversation)).toMatchObject({ firstName: 'Lars', lastName: 'Eriksson', title: '', phones: [] });
  });

  it('makes a name of the address when the page shows none', () => {
    const conversation = readGmail(loadFixture('gmail-single-message.html'), 'https://mail.google.com/mail/u/0/#inbox/x')!;
    expect(contactDraftFor({ name: null, address: 'ola.hansen@fiskeri.example.no' }, conversation)).toMatchObject({
      firstName: 'Ola',
      lastName: 'Hansen',
    });
  });

  it('splits "Last, First" and "First Middle Last" names', () => {
    expect(splitName('Nordmann, Kari')).toEqual(['Kari', 'Nordmann']);
    expect(splitName('Anne Marie Berg')).toEqual(['Anne Marie', 'Berg']);
    expect(splitName('"Cher"')).toEqual(['Cher', '']);
  });
});
