import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAddressList, type ParsedAddress } from '../../../shared/mail/parse-address-list';
import fixtures from '../../fixtures/mail/address-lists.json';

// postal-mime's own test cases, kept beside the project in the team's shared test data.
const EXTERNAL_CASES = fileURLToPath(
  new URL('../../../../shared/testdata/email-addresses/postal-mime/address-parser-cases.json', import.meta.url),
);

type Assertion = { path?: string; equals?: unknown; truthy?: boolean; is_array?: boolean; unparsed?: string };
type ExternalCase = { name: string; input: string; assertions: Assertion[] };

// The three assertions the transcription could not express as a path, written out by hand.
const UNPARSED: Record<string, (result: ParsedAddress[]) => boolean> = {
  "result[0].name.trim(), 'John'": (r) => r[0]?.name?.trim() === 'John',
  "result[0].address !== 'attacker@evil.com', 'Should not fabricate a clean email address'": (r) =>
    r[0]?.address !== 'attacker@evil.com',
  "result[0].address.includes('@example.com')": (r) => r[0]?.address.includes('@example.com') === true,
};

/**
 * Checks one postal-mime assertion against our result. postal-mime keeps groups (`result[0].group[j]`)
 * where we flatten them, so paths into a group read our list itself, and the group's own count
 * and name have nothing to compare with ('n/a'); its absent name is "" where ours is null.
 */
function check(assertion: Assertion, result: ParsedAddress[], groupCase: boolean): boolean | 'n/a' {
  if (assertion.unparsed !== undefined) return UNPARSED[assertion.unparsed]?.(result) ?? false;
  let path = assertion.path ?? '';
  if (groupCase) {
    if (path === 'result.length' || path === 'result[0].name') return 'n/a';
    path = path.replace(/^result\[0\]\.group/, 'result');
  }
  const view = result.map((entry) => ({ name: entry.name ?? '', address: entry.address }));
  let value: unknown = { result: view };
  for (const key of path.split(/\.|\[(\d+)\]/).filter(Boolean)) value = (value as Record<string, unknown> | undefined)?.[key];
  if (assertion.is_array && !Array.isArray(value)) return false;
  if (assertion.truthy !== undefined && Boolean(value) !== assertion.truthy) return false;
  return !('equals' in assertion) || value === assertion.equals;
}

function externalCasesPassing(cases: ExternalCase[]): { passed: number; failed: string[] } {
  const failed: string[] = [];
  for (const testCase of cases) {
    const result = parseAddressList(testCase.input);
    const groupCase = testCase.assertions.some((a) => a.path?.includes('.group'));
    if (!testCase.assertions.every((a) => check(a, result, groupCase) !== false)) failed.push(testCase.name);
  }
  return { passed: cases.length - failed.length, failed };
}

describe('parseAddressList', () => {
  it('parses every fixture list into names and addresses', () => {
    for (const { input, expected } of fixtures.cases) expect(parseAddressList(input), input).toEqual(expected);
  });

  it('passes at least 95% of postal-mime’s address parser cases when the shared test data is there', () => {
    // Runs on the project's fixtures always, so a checkout without ../shared still tests something.
    expect(fixtures.cases.length).toBeGreaterThan(40);
    if (!existsSync(EXTERNAL_CASES)) {
      console.info(`postal-mime address cases: ${EXTERNAL_CASES} not found, checked the project's fixtures only`);
      return;
    }
    const { cases } = JSON.parse(readFileSync(EXTERNAL_CASES, 'utf8')) as { cases: ExternalCase[] };
    const { passed, failed } = externalCasesPassing(cases);
    console.info(
      `postal-mime address cases: ${passed}/${cases.length} pass${failed.length ? `; failing: ${failed.join(' | ')}` : ''}`,
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(passed / cases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never throws, whatever the header holds', () => {
    const hostile = [
      'a:'.repeat(10_000) + 'x@y.z' + ';'.repeat(10_000),
      '<'.repeat(50_000) + '@'.repeat(50_000),
      `${'x'.repeat(100_000)}@example.com`,
      ':::;;;<<<>>>"""(((\\',
      '=?utf-8?B?!!!?= <x@example.com>',
      '=?utf-8?Q?=ZZ=?= <x@example.com>',
      '\u0000\u0001\ud800',
      undefined as unknown as string,
      null as unknown as string,
      42 as unknown as string,
    ];
    for (const header of hostile) expect(Array.isArray(parseAddressList(header))).toBe(true);
  });

  it('gives an empty list for an empty header or one that names only empty groups', () => {
    expect(parseAddressList('')).toEqual([]);
    expect(parseAddressList('undisclosed-recipients:;, Team:;')).toEqual([]);
  });
});
