const REASONS: Record<string, string> = {
  orgNumber: 'same org number',
  domain: 'same domain',
  email: 'same e-mail',
  phone: 'same phone',
  name: 'similar name',
};

/** Why two records look like one, in words: "same org number, similar name". */
export function reasonsText(reasons: string[]): string {
  return reasons.map((r) => REASONS[r] ?? r).join(', ');
}
