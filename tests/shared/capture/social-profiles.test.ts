import { describe, expect, it } from 'vitest';
import { socialProfileKey, socialProfileOf } from '../../../shared/capture/social-profiles';

describe('socialProfileOf', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme'],
    ['https://no.linkedin.com/company/acme?trk=footer', 'https://no.linkedin.com/company/acme'],
    ['http://facebook.com/acme#about', 'https://facebook.com/acme'],
    ['https://www.facebook.com/profile.php?id=1000123', 'https://www.facebook.com/profile.php?id=1000123'],
    ['https://twitter.com/acme', 'https://twitter.com/acme'],
    ['https://x.com/acme', 'https://x.com/acme'],
    ['https://www.instagram.com/acme/', 'https://www.instagram.com/acme'],
    ['https://www.youtube.com/@acme', 'https://www.youtube.com/@acme'],
    ['https://github.com/acme', 'https://github.com/acme'],
    ['https://fb.com/acme', 'https://fb.com/acme'],
  ])('keeps the profile %s', (href, profile) => {
    expect(socialProfileOf(href)).toBe(profile);
  });

  it.each([
    'https://www.facebook.com/sharer/sharer.php?u=https://acme.no',
    'https://twitter.com/intent/tweet?text=hi',
    'https://twitter.com/acme/status/123',
    'https://www.linkedin.com/shareArticle?url=x',
    'https://www.youtube.com/watch?v=abc',
    'https://www.instagram.com/p/abc/',
    'https://www.linkedin.com/',
    'https://acme.no/facebook',
    'mailto:post@acme.no',
  ])('rejects %s', (href) => {
    expect(socialProfileOf(href)).toBeUndefined();
  });
});

describe('socialProfileKey', () => {
  it('treats scheme, www., letter case and twitter.com/x.com as the same profile', () => {
    expect(socialProfileKey('https://www.twitter.com/Acme')).toBe(socialProfileKey('http://x.com/acme'));
  });
});
