import { describe, expect, it } from 'vitest';
import { isFreeMailDomain } from '../../../shared/mail/signature-contact';

describe('free-mail domains (never a company)', () => {
  it.each([
    'gmail.com',
    'hotmail.com',
    'outlook.com',
    'live.no',
    'yahoo.co.uk',
    'yahoo.com.au',
    'icloud.com',
    'online.no',
    'web.de',
  ])('%s is a free-mail provider', (domain) => expect(isFreeMailDomain(domain)).toBe(true));
  it.each(['mail.fiskeri.example.no', 'outlook.fjord.no', 'fjordline.no', 'gmail-consulting.no', 'web.fjordbruk.no'])(
    "%s is a company's",
    (domain) => expect(isFreeMailDomain(domain)).toBe(false),
  );
});
