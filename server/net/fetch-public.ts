import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { whyNotPublic } from './public-address';

export type FetchPublicOptions = {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Addresses fetched although not public: tests' local servers only (LOGO_FETCH_ALLOW_HOSTS). */
  allowAddresses: readonly string[];
  signal?: AbortSignal;
};

export type FetchedBody = { bytes: Uint8Array; contentType: string; finalUrl: string };

/** A refusal with a reason in words for the member who gave the address. */
export class FetchRefused extends Error {}

/**
 * GETs a member-given address from the server without letting it reach anything private: every
 * address the name resolves to must be public, the connection goes to the checked address (so a
 * second DNS answer cannot swap it, DNS rebinding), each redirect is checked the same way, and the
 * body is cut off past `maxBytes` or `timeoutMs` for the whole exchange.
 */
export async function fetchPublic(address: string, options: FetchPublicOptions): Promise<FetchedBody> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    let url = parseHttpUrl(address);
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, await pinnedAddress(url, options.allowAddresses), signal);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects >= options.maxRedirects) throw new FetchRefused(`it redirects more than ${options.maxRedirects} times`);
        url = parseHttpUrl(new URL(location, url).href);
        continue;
      }
      if (response.statusCode !== 200) {
        response.resume();
        throw new FetchRefused(`the site answered HTTP ${response.statusCode}`);
      }
      const bytes = await readCapped(response, options.maxBytes);
      return { bytes, contentType: response.headers['content-type'] ?? '', finalUrl: url.href };
    }
  } catch (err) {
    if (timeout.aborted) throw new FetchRefused(`the site did not answer within ${options.timeoutMs / 1000} s`);
    if (err instanceof FetchRefused || signal.aborted) throw err;
    throw new FetchRefused(`it could not be fetched (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused('it is not a web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`${url.protocol} addresses are not fetched`);
  if (url.username || url.password) throw new FetchRefused('addresses with a user name or password are not fetched');
  return url;
}

/** The one address the request will connect to, after checking every address the host has. */
async function pinnedAddress(url: URL, allowed: readonly string[]): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const found = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true }).catch(() => {
        throw new FetchRefused(`the name ${host} was not found`);
      });
  if (found.length === 0) throw new FetchRefused(`the name ${host} was not found`);
  for (const { address } of found) {
    const why = allowed.includes(address) ? null : whyNotPublic(address);
    if (why) throw new FetchRefused(`${url.host} leads to a private or local address (${why})`);
  }
  return found[0]!;
}

function get(url: URL, pinned: { address: string; family: number }, signal: AbortSignal): Promise<IncomingMessage> {
  // Every connection goes to the address checked above; TLS still verifies the certificate against the host name.
  const pin: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      lookup: pin,
      signal,
      headers: { accept: 'image/*', 'user-agent': 'Fjord CRM logo fetch' },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchRefused(`the file is larger than ${maxBytes / 1024 / 1024} MB`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
