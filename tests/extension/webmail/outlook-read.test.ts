import { describe, expect, it } from 'vitest';
import { participants } from '../../../extension/webmail/conversation';
import { readConversation } from '../../../extension/webmail/outlook/read-conversation';
import { loadFixture, pageOf } from './load-fixture';

const URL_ = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAEk1R2gT0xhPnHm5hQJ1Jd8%3D';
const read = (file: string) => readConversation(loadFixture(file), URL_)!;
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();
const ME = 'test.user@fjord.example';

describe('reading an Outlook on the web conversation', () => {
  it('reads a single message: subject, conversation id, sender, date, body', () => {
    const c = read('outlook-single-message.html');
    expect(c).toMatchObject({
      host: 'outlook',
      threadId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAEk1R2gT0xhPnHm5hQJ1Jd8=',
      subject: 'Quote for 40 pallets',
    });
    expect(c.messages).toHaveLength(1);
    const date = local(2025, 3, 4, 10, 12);
    expect(c.messages[0]).toEqual({
      messageKey: `${c.threadId}/${date}/kari.nordmann@fiskeri.example.no`,
      from: { name: 'Kari Nordmann', address: 'kari.nordmann@fiskeri.example.no' },
      to: [{ name: 'Test User', address: ME }],
      cc: [],
      date,
      text: 'Hi,\n\nCould you send us a quote for 40 pallets of dried cod, delivered to Ålesund in April?\n\nKari',
    });
  });

  it('ignores people in the message list and the account menu', () => {
    const addresses = participants(read('outlook-single-message.html'), []).map((p) => p.address);
    expect(addresses).toEqual(['kari.nordmann@fiskeri.example.no', ME]);
  });

  it('reads every sender, to and cc of a long thread, each participant once and without the own address', () => {
    const c = read('outlook-long-thread.html');
    expect(c.subject).toBe('RE: Delivery schedule for April');
    expect(c.messages.map((m) => m.from.name)).toEqual(['Kari Nordmann', 'Test User', 'Ingrid Berg', 'Ola Hansen']);
    expect(new Set(c.messages.map((m) => m.messageKey)).size).toBe(4);
    const last = c.messages[3]!;
    expect(last.to.map((p) => p.address)).toEqual(['ingrid.berg@havbruk.example.no']);
    expect(last.cc.map((p) => p.address)).toEqual(['kari.nordmann@fiskeri.example.no', ME, 'lars@skargard-logistik.example.se']);
    expect(last.date).toBe(local(2025, 3, 4, 14, 45));
    expect(c.messages[1]!.text).toBe(
      'Weekly works for us. Adding Ingrid from the warehouse.\nFrom: Kari Nordmann <kari.nordmann@fiskeri.example.no>\nSent: Monday, March 3, 2025 9:00 AM\nCan we agree on weekly deliveries in April?',
    );
    const people = participants(c, [ME.toUpperCase(), 'ola.hansen@fiskeri.example.no']).map((p) => p.address);
    expect(people).toEqual([
      'kari.nordmann@fiskeri.example.no',
      'mallory@evil.example',
      'ingrid.berg@havbruk.example.no',
      'lars@skargard-logistik.example.se',
    ]);
  });

  it('keeps page text as text: a name with markup comes back verbatim', () => {
    const doc = loadFixture('outlook-long-thread.html');
    const mallory = readConversation(doc, URL_)!.messages[0]!.cc[1]!;
    expect(mallory).toEqual({ name: 'Mallory <img src=x onerror=alert(1)>', address: 'mallory@evil.example' });
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
  });

  it('reads the signature and the forwarded message as plain text lines', () => {
    expect(read('outlook-signature.html').messages[0]!.text).toContain(
      'Best regards\nLars Eriksson\nTrafikledare | Skärgård Logistik AB\n+46 8 123 456 78\nskargard-logistik.example.se',
    );
    const fwd = read('outlook-forwarded.html');
    expect(fwd.subject).toBe('FW: New price list');
    expect(fwd.messages[0]!.text).toContain(
      'From: Ingrid Berg <ingrid.berg@havbruk.example.no>\nSent: Wednesday, March 5, 2025 3:00 PM',
    );
  });

  it('reads right-to-left and non-ASCII names and subjects', () => {
    const c = read('outlook-rtl-non-ascii.html');
    expect(c.subject).toBe('عرض سعر — Ørret & Ærfugl');
    expect(participants(c, [ME])).toEqual([
      { name: 'فاطمة الزهراء', address: 'fatima@souq.example.ae' },
      { name: 'Øystein Ærø', address: 'oystein@aero.example.no' },
      { name: '山田 太郎', address: 'taro.yamada@example.jp' },
      { name: 'יוסף כהן', address: 'yosef@dag.example.il' },
    ]);
  });

  it('takes the conversation id from the URL when the list has no selection', () => {
    const doc = loadFixture('outlook-single-message.html');
    doc.querySelector('[aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    expect(readConversation(doc, URL_)!.threadId).toBe('AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAEk1R2gT0xhPnHm5hQJ1Jd8=');
  });

  it('answers null, without throwing, on a changed host page or an empty reading pane', () => {
    const changed = pageOf('<div role="main"><div role="heading">Quote</div><span title="a@b.example">A</span></div>');
    expect(readConversation(changed, URL_)).toBeNull();
    expect(readConversation(pageOf(''), URL_)).toBeNull();
    const empty = loadFixture('outlook-single-message.html');
    empty.querySelector('[role="list"][aria-label="Conversation"]')!.remove();
    expect(readConversation(empty, 'https://outlook.office.com/mail/inbox')).toBeNull();
  });
});
