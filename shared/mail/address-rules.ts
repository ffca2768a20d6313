/**
 * Address rules as users type them in settings ("never log" and "my own addresses"): a whole
 * address (`kari@fjord.no`) or a domain (`fjord.no`, `@fjord.no`), which also covers its
 * subdomains (`mail.fjord.no`). Matching ignores case.
 */
export type AddressRules = { addresses: Set<string>; domains: string[] };

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** What is wrong with one typed rule; the settings form words it in the user's language. */
export type AddressRuleError = { kind: 'notAddress' | 'notAddressOrDomain'; text: string };

/** One rule from user input, normalised, or why it is not one. */
export function parseAddressRule(raw: string): { rule: string } | { error: AddressRuleError } {
  const text = raw.trim().toLowerCase().replace(/^@/, '');
  const error = (kind: AddressRuleError['kind']) => ({ error: { kind, text: raw.trim() } });
  if (text.includes('@')) return ADDRESS.test(text) ? { rule: text } : error('notAddress');
  return DOMAIN.test(text) ? { rule: text } : error('notAddressOrDomain');
}

/** Rules from a text box: one per line, or separated by commas, semicolons or spaces. */
export function parseAddressRules(text: string): { rules: string[]; errors: AddressRuleError[] } {
  const rules: string[] = [];
  const errors: AddressRuleError[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const parsed = parseAddressRule(part);
    if ('error' in parsed) errors.push(parsed.error);
    else if (!rules.includes(parsed.rule)) rules.push(parsed.rule);
  }
  return { rules, errors };
}

export function addressRules(rules: readonly string[]): AddressRules {
  const addresses = new Set<string>();
  const domains: string[] = [];
  for (const rule of rules) {
    const r = rule.trim().toLowerCase().replace(/^@/, '');
    if (r.includes('@')) addresses.add(r);
    else if (r) domains.push(r);
  }
  return { addresses, domains };
}

export function matchesAddressRules(address: string, rules: AddressRules): boolean {
  const a = address.trim().toLowerCase();
  if (rules.addresses.has(a)) return true;
  const domain = a.slice(a.lastIndexOf('@') + 1);
  return rules.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
