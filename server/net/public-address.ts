import { BlockList, isIP, isIPv4 } from 'node:net';

/**
 * Whether an address is one the server may fetch from on a member's say-so: a public unicast
 * address. Everything else (private, loopback, link-local, shared, documentation, multicast,
 * reserved) could reach the server's own network or cloud metadata. IPv6 forms that carry an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by that IPv4 address. Sources: the IANA
 * IPv4 and IPv6 Special-Purpose Address Registries.
 */
export function whyNotPublic(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  if (family === 4) return IPV4_SPECIAL.check(address, 'ipv4') ? `${address} is not a public address` : null;
  const groups = ipv6Groups(address);
  const embedded = embeddedIpv4(groups);
  if (embedded) return whyNotPublic(embedded) && `${address} is not a public address (it carries ${embedded})`;
  // Global unicast is 2000::/3; the rest of the space is loopback, link-local, unique-local, multicast or unassigned.
  const globalUnicast = (groups[0]! & 0xe000) === 0x2000;
  return globalUnicast && !IPV6_SPECIAL.check(address, 'ipv6') ? null : `${address} is not a public address`;
}

const IPV4_SPECIAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  IPV4_SPECIAL.addSubnet(net, prefix, 'ipv4');
}

const IPV6_SPECIAL = new BlockList();
for (const [net, prefix] of [
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID, …)
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation
] as const) {
  IPV6_SPECIAL.addSubnet(net, prefix, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail is folded into the last two). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0]!.toLowerCase();
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/)?.[1];
  if (tail && isIPv4(tail)) {
    const [a, b, c, d] = tail.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

const dotted = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** The IPv4 address an IPv6 form stands for, or null. */
function embeddedIpv4(g: number[]): string | null {
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && g[5] === 0xffff) return dotted(g[6]!, g[7]!); // ::ffff:a.b.c.d, mapped
  if (zeroUpTo(6) && (g[6] !== 0 || g[7]! > 1)) return dotted(g[6]!, g[7]!); // ::a.b.c.d, compatible (not :: or ::1)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return dotted(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return dotted(g[1]!, g[2]!); // 6to4
  return null;
}
