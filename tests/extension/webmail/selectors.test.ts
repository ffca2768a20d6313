import { describe, expect, it } from 'vitest';
import type { HostSelector } from '../../../extension/webmail/conversation';
import { gmailAccount, gmailSelectors } from '../../../extension/webmail/gmail/selectors';
import { outlookAccount, outlookSelectors } from '../../../extension/webmail/outlook/selectors';
import { loadFixture } from './load-fixture';

const hosts: [string, Record<string, HostSelector>][] = [
  ['gmail', { ...gmailSelectors, account: gmailAccount }],
  ['outlook', { ...outlookSelectors, account: outlookAccount }],
];

describe.each(hosts)('%s selectors', (_host, selectors) => {
  const cases = Object.entries(selectors).flatMap(([key, s]) =>
    Object.entries(s.fixtures).map(([file, n]) => [key, file, n, s.css] as const),
  );
  it.each(cases)('%s matches %s %i times', (_key, file, count, css) => {
    expect(loadFixture(file).querySelectorAll(css).length).toBe(count);
  });
});
