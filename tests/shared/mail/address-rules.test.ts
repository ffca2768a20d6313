import { describe, expect, it } from 'vitest';
import { addressRules, matchesAddressRules, parseAddressRules } from '../../../shared/mail/address-rules';

describe('address rules (never log, own addresses)', () => {
  it('reads addresses and domains from a text box, normalised and each once', () => {
    expect(parseAddressRules('Kari@Fjord.no, @lawfirm.example\nhr.example.com; kari@fjord.no')).toEqual({
      rules: ['kari@fjord.no', 'lawfirm.example', 'hr.example.com'],
      errors: [],
    });
  });

  it('names what is neither an address nor a domain', () => {
    expect(parseAddressRules('kari@ nope @@x localhost').errors).toEqual([
      { kind: 'notAddress', text: 'kari@' },
      { kind: 'notAddressOrDomain', text: 'nope' },
      { kind: 'notAddress', text: '@@x' },
      { kind: 'notAddressOrDomain', text: 'localhost' },
    ]);
  });

  it('matches a whole address, a domain and its subdomains, ignoring case', () => {
    const rules = addressRules(['kari@fjord.no', 'lawfirm.example']);
    expect(matchesAddressRules('KARI@fjord.no', rules)).toBe(true);
    expect(matchesAddressRules('ola@fjord.no', rules)).toBe(false);
    expect(matchesAddressRules('anna@lawfirm.example', rules)).toBe(true);
    expect(matchesAddressRules('anna@mail.lawfirm.example', rules)).toBe(true);
    expect(matchesAddressRules('anna@notlawfirm.example', rules)).toBe(false);
  });
});
