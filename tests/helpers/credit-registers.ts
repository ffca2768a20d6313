import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordedServer, type RecordedAnswer } from './recorded-http';

const creditsafeFile = (name: string) => resolve('tests/fixtures/credit/creditsafe', `${name}.json`);

/**
 * Creditsafe and Enhetsregisteret on 127.0.0.1 for credit tests: `report` picks the rating
 * Creditsafe answers (A, or C after a change), `bankrupt` whether Brreg flags the unit.
 */
export async function creditBureaus(orgNumbers: { rated: string; watched: string }) {
  const state = { report: 'company-report-a', bankrupt: false, reportDelayMs: 0 };
  const brregUnit = JSON.parse(readFileSync(resolve('tests/fixtures/registers/brreg/enheter-details-response.json'), 'utf8'));
  const server = await recordedServer({
    'POST /authenticate': { file: creditsafeFile('authenticate') },
    [`GET /companies?countries=NO&regNo=${orgNumbers.rated}`]: { file: creditsafeFile('companies-search') },
    'GET /companies/NO-X-923609016': (): RecordedAnswer => ({ file: creditsafeFile(state.report), delayMs: state.reportDelayMs }),
    [`GET /enheter/${orgNumbers.watched}`]: () => ({
      body: JSON.stringify({ ...brregUnit, organisasjonsnummer: orgNumbers.watched, konkurs: state.bankrupt }),
    }),
  });
  const reportCalls = () => server.requests.filter((r) => r.path === '/companies/NO-X-923609016');
  return { ...server, state, reportCalls };
}
