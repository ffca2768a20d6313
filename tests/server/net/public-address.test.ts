import { describe, expect, it } from 'vitest';
import { whyNotPublic } from '../../../server/net/public-address';

describe('the address check for server-side fetches', () => {
  it.each([
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '127.0.0.1',
    '127.8.9.10',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    'febf::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:192.168.0.1',
    '::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:c0a8:0101::1',
    '2001:db8::1',
    'fe80::1%eth0',
  ])('refuses %s', (address) => {
    expect(whyNotPublic(address)).toMatch(/is not a public address/);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '151.101.1.69',
    '172.15.255.255',
    '172.32.0.1',
    '2a00:1450:4001:80b::200e',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ])('lets the public address %s through', (address) => {
    expect(whyNotPublic(address)).toBeNull();
  });

  it('says a host name is not an address (names are resolved before the check)', () => {
    expect(whyNotPublic('localhost')).toBe('localhost is not an IP address');
  });
});
