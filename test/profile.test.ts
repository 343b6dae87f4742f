import { describe, expect, it } from 'vitest';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { municipalitySortKey } from '../src/domain/profile.js';

describe('the municipality choice of the profile card', () => {
  const sorted = buildDemoCatalogue(new Date('2026-11-23T10:00:00Z'))
    .municipalities.slice()
    .sort((a, b) => {
      const [ca, pa] = municipalitySortKey(a);
      const [cb, pb] = municipalitySortKey(b);
      return ca - cb || pa.localeCompare(pb, 'de');
    });

  it('lists towns by their place name and the county last', () => {
    expect(sorted.map((m) => m.id)).toEqual([
      'dormagen',
      'grevenbroich',
      'juechen',
      'kaarst',
      'korschenbroich',
      'meerbusch',
      'neuss',
      'rommerskirchen',
      'rkn',
    ]);
  });

  it('so that looking for "Neuss" finds the town before the county', () => {
    expect(sorted.find((m) => /neuss/i.test(`${m.name} ${m.id}`))?.id).toBe('neuss');
  });
});
