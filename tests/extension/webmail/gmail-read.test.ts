import { describe, expect, it } from 'vitest';
import { participants } from '../../../extension/webmail/conversation';
import { readConversation } from '../../../extension/webmail/gmail/read-conversation';
import { loadFixture, pageOf } from './load-fixture';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTbLrXwmvKjhPqLpBNsbKqwxD';
const read = (file: string) => readConversation(loadFixture(file), URL_)!;
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();

describe('reading a Gmail conversation', () => {
  it('reads a single message: subject, ids, sender, date, body', () => {
    const c = read('gmail-single-message.html');
    expect(c).toMatchObject({ host: 'gmail', threadId: '1958e1a2b3c4d5e6', subject: 'Quote for 40 pallets' });
    expect(c.messages).toHaveLength(1);
    const [m] = c.messages;
    expect(m).toMatchObject({
      messageKey: '1958e1a2b3c4d5e6',
      from: { name: 'Kari Nordmann', address: 'kari.nordmann@fiskeri.example.no' },
      to: [{ name: 'me', address: 'test.user@gmail.com' }],
      cc: [],
      date: local(2025, 3, 4, 10, 12),
    });
    // Gmail's blank lines are `<div><br></div>`: kept, as the reader sees them.
    expect(m!.text).toBe('Hi,\n\nCould you send us a quote for 40 pallets of dried cod, delivered to Ålesund in April?\n\nKari');
  });

  it('ignores people in the hidden thread list and the account menu', () => {
    const addresses = participants(read('gmail-single-message.html'), []).map((p) => p.address);
    expect(addresses).toEqual(['kari.nordmann@fiskeri.example.no', 'test.user@gmail.com']);
  });

  it('reads every sender, to and cc of a long thread, each participant once and without the own address', () => {
    const c = read('gmail-long-thread.html');
    expect(c.messages.map((m) => m.messageKey)).toEqual([
      '1958f00000000001',
      '1958f00000000002',
      '1958f00000000003',
      '1958f00000000004',
    ]);
    expect(c.messages.map((m) => m.from.name)).toEqual(['Kari Nordmann', 'me', 'Ingrid Berg', 'Ola Hansen']);
    expect(c.messages[3]!.to.map((p) => p.address)).toEqual(['ingrid.berg@havbruk.example.no']);
    expect(c.messages[3]!.cc.map((p) => p.address)).toEqual([
      'kari.nordmann@fiskeri.example.no',
      'test.user@gmail.com',
      'lars@skargard-logistik.example.se',
    ]);
    expect(c.messages[3]!.date).toBe(local(2025, 3, 4, 14, 45));
    const people = participants(c, ['TEST.USER@gmail.com', 'ola.hansen@fiskeri.example.no']).map((p) => p.address);
    expect(people).toEqual([
      'kari.nordmann@fiskeri.example.no',
      'mallory@evil.example',
      'ingrid.berg@havbruk.example.no',
      'lars@skargard-logistik.example.se',
    ]);
  });

  it('keeps page text as text: a name with markup comes back verbatim', () => {
    const doc = loadFixture('gmail-long-thread.html');
    const mallory = readConversation(doc, URL_)!.messages[0]!.cc[1]!;
    expect(mallory).toEqual({ name: 'Mallory <img src=x onerror=alert(1)>', address: 'mallory@evil.example' });
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
  });

  it('reads the body with signature and the forwarded message as plain text', () => {
    expect(read('gmail-signature.html').messages[0]!.text).toContain(
      'Best regards\nLars Eriksson\nTrafikledare | Skärgård Logistik AB\n+46 8 123 456 78\n',
    );
    const fwd = read('gmail-forwarded.html');
    expect(fwd.subject).toBe('Fwd: New price list');
    expect(fwd.messages[0]!.from.address).toBe('Ola.Hansen@Fiskeri.example.no');
    expect(fwd.messages[0]!.text).toContain(
      '---------- Forwarded message ---------\nFrom: Ingrid Berg <ingrid.berg@havbruk.example.no>\n',
    );
  });

  it('reads right-to-left and non-ASCII names and subjects', () => {
    const c = read('gmail-rtl-non-ascii.html');
    expect(c.subject).toBe('عرض سعر — Ørret & Ærfugl');
    expect(participants(c, ['test.user@gmail.com'])).toEqual([
      { name: 'فاطمة الزهراء', address: 'fatima@souq.example.ae' },
      { name: 'Øystein Ærø', address: 'oystein@aero.example.no' },
      { name: '山田 太郎', address: 'taro.yamada@example.jp' },
      { name: 'יוסף כהן', address: 'yosef@dag.example.il' },
    ]);
    expect(c.messages[1]!.text).toBe('שלום, מצטרף לשיחה.');
  });

  it('takes the thread id from the URL when the subject carries none', () => {
    const doc = loadFixture('gmail-single-message.html');
    const h2 = doc.querySelector('h2.hP')!;
    h2.removeAttribute('data-legacy-thread-id');
    h2.removeAttribute('data-thread-perm-id');
    expect(readConversation(doc, URL_)!.threadId).toBe('FMfcgzQZTbLrXwmvKjhPqLpBNsbKqwxD');
  });

  it('answers null, without throwing, on a changed host page or the inbox', () => {
    const changed = pageOf(
      '<div role="main"><h2 class="subject-v2">Quote</h2><div class="msg"><span email="a@b.example">A</span></div></div>',
    );
    expect(readConversation(changed, URL_)).toBeNull();
    expect(readConversation(pageOf('<div role="main"><h2 class="hP">Quote</h2></div>'), URL_)).toBeNull();
    expect(readConversation(pageOf(''), URL_)).toBeNull();
    const inbox = loadFixture('gmail-single-message.html');
    inbox.querySelector('div.if')!.remove();
    expect(readConversation(inbox, 'https://mail.google.com/mail/u/0/#inbox')).toBeNull();
  });
});
