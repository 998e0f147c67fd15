import { describe, expect, it } from 'vitest';
import { sourceFromFooter } from '../../../electron/shared/clipper/source.js';

describe('the name a copyright line gives', () => {
  it('ends before the years that follow it, and before what a dash adds after them', () => {
    expect(sourceFromFooter('©The Ember Valley Almanac 2011-2024')).toBe('The Ember Valley Almanac');
    expect(sourceFromFooter('copyright Loomhall 2024 - ISSN: 1234-5678')).toBe('Loomhall');
    expect(sourceFromFooter('© 2024 Harbourlight Weekly. All rights reserved.')).toBe('Harbourlight Weekly');
  });
});

describe('the name of a copyright line that says more of its owner', () => {
  it('ends before the group it belongs to', () => {
    expect(sourceFromFooter('© 2024 The Ember Valley Almanac, a division of Brightwater Media Group LLC')).toBe('The Ember Valley Almanac');
  });

  it('ends before the street address after a comma, and keeps a legal form', () => {
    expect(sourceFromFooter('© Copyright 2023 Ember Valley Almanac, 12 N. Mill St. Emberton, IA | Terms of Use')).toBe(
      'Ember Valley Almanac',
    );
    expect(sourceFromFooter('© 2024 Loomhall Media, Inc. All rights reserved.')).toBe('Loomhall Media, Inc');
  });

  it('ends before a second owner after a slash', () => {
    expect(sourceFromFooter('Copyright © 2024 Loomhall Nord / loomhall.net GmbH Alle Rechte vorbehalten.')).toBe('Loomhall Nord');
  });

  it('is the site’s address as written, in lower case', () => {
    expect(sourceFromFooter('© 2024 emberalmanac.com')).toBe('emberalmanac.com');
    expect(sourceFromFooter('© 2024 Ember Almanac (www.emberalmanac.com). All rights reserved.')).toBe('Ember Almanac');
  });
});
