/**
 * Register and bureau URLs for tests: port 9 on loopback (discard, closed here) refuses at once,
 * so a test that does not serve recorded responses itself never reaches the internet.
 */
const CLOSED = 'http://127.0.0.1:9';
export const OFFLINE_REGISTERS = {
  BRREG_URL: CLOSED,
  CVR_API_URL: CLOSED,
  COMPANIES_HOUSE_URL: CLOSED,
  COMPANIES_HOUSE_STREAM_URL: CLOSED,
  BOLAGSVERKET_API_URL: CLOSED,
  BOLAGSVERKET_TOKEN_URL: CLOSED,
  BOLAGSVERKET_BULK_URL: CLOSED,
  SCB_BULK_URL: CLOSED,
  CREDITSAFE_URL: CLOSED,
};
