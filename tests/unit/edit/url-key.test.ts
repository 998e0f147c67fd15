import { describe, expect, it } from 'vitest';
import { cleanUrl, urlKey } from '../../../electron/core/library/url-key.js';

describe('a web address as a duplicate key', () => {
  it('is the same for two copies of one page', () => {
    const key = urlKey('https://news.example.org/world/ferry-strike');
    expect(urlKey('http://www.NEWS.example.org/world/ferry-strike/?utm_source=feed&fbclid=x#comments')).toBe(key);
    expect(urlKey('https://news.example.org/world/ferry-strike?id=2&page=1')).toBe(
      urlKey('https://news.example.org/world/ferry-strike?page=1&id=2'),
    );
  });

  it('tells pages apart by path and real parameters', () => {
    expect(urlKey('https://news.example.org/a?id=1')).not.toBe(urlKey('https://news.example.org/a?id=2'));
    expect(urlKey('https://news.example.org/a')).not.toBe(urlKey('https://news.example.org/b'));
  });

  it('is null for what is not a web address', () => {
    expect(urlKey('mailto:desk@example.org')).toBeNull();
    expect(urlKey('not an address')).toBeNull();
    expect(urlKey('')).toBeNull();
  });

  it('adds the scheme a typed address left out', () => {
    expect(cleanUrl('news.example.org/a')).toBe('https://news.example.org/a');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
  });
});
