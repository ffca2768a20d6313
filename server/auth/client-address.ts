import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { isIP, isIPv6 } from 'node:net';

/**
 * The address a request came from, for throttles and rate limits.
 *
 * With `trustedProxies` = 0 (TRUST_PROXY unset) it is the socket's peer and `X-Forwarded-For` is
 * ignored: anyone can write that header. With N trusted proxies in front, the socket's peer is the
 * nearest proxy and each further proxy appended the address it was reached from, so the client is
 * the N-th entry from the right: the right-most hop no proxy of ours vouches for. Entries left of
 * it were written by the client and are never read. A chain shorter than N gives its left-most entry.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const peer = socketAddress(c);
  if (trustedProxies === 0) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const client = hops[Math.max(0, hops.length - trustedProxies)];
  return client ? normalise(client) : peer;
}

function socketAddress(c: Context): string {
  try {
    return normalise(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/** IPv4 seen through an IPv6 socket (`::ffff:192.0.2.1`) is the same client as `192.0.2.1`; junk stays bounded. */
function normalise(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) return v4;
  return isIP(address) ? address.toLowerCase() : address.slice(0, 64);
}

/**
 * What a throttle counts as one source: an IPv4 address, or an IPv6 address's /64, since one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address for every guess.
 */
export function addressGroup(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
