import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { CatalogueError, parseCatalogue } from '../src/domain/catalogue-format.js';

const valid = () => JSON.parse(fs.readFileSync(new URL('./fixtures/small-catalogue.json', import.meta.url), 'utf8'));

function errorOf(file: unknown): string {
  try {
    parseCatalogue(file);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogueError);
    return (e as Error).message;
  }
  throw new Error('expected the catalogue to be refused');
}

describe('catalogue file validation', () => {
  it('accepts the format of the contract and applies the defaults', () => {
    const c = parseCatalogue(valid());
    expect(c.seminars).toHaveLength(2);
    const scrum = c.seminars[1];
    expect(scrum.waitlist).toBe(true);
    expect(scrum.status).toBe('published');
    expect(scrum.eligibleMunicipalities).toBeNull();
    expect(scrum.fee).toEqual({ amount: 390, currency: 'EUR', note: null });
    expect(scrum.sessions[0].start.toISOString()).toBe('2027-04-13T07:00:00.000Z');
  });

  it.each([
    ['missing title', (s: Record<string, unknown>) => delete s.title, 'title'],
    ['unknown format', (s: Record<string, unknown>) => (s.format = 'webinar'), 'format'],
    ['capacity zero', (s: Record<string, unknown>) => (s.capacity = 0), 'capacity'],
    ['fractional capacity', (s: Record<string, unknown>) => (s.capacity = 2.5), 'capacity'],
    ['no sessions', (s: Record<string, unknown>) => (s.sessions = []), 'sessions'],
    [
      'end before start',
      (s: Record<string, unknown>) =>
        (s.sessions = [{ start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T08:00:00+01:00' }]),
      'sessions[0].end',
    ],
    [
      'date without offset',
      (s: Record<string, unknown>) =>
        (s.sessions = [{ start: '2027-03-02T09:00:00', end: '2027-03-02T16:00:00+01:00' }]),
      'sessions[0].start',
    ],
    ['in person without location', (s: Record<string, unknown>) => delete s.location, 'location'],
    [
      'unknown municipality',
      (s: Record<string, unknown>) => (s.eligibleMunicipalities = ['mars']),
      'eligibleMunicipalities[0]',
    ],
    ['bad status', (s: Record<string, unknown>) => (s.status = 'open'), 'status'],
  ])('refuses a record with %s, naming index, id and field', (_name, breakIt, field) => {
    const file = valid();
    breakIt(file.seminars[0]);
    const message = errorOf(file);
    expect(message).toContain('seminars[0]');
    expect(message).toContain('TZG-2027-014');
    expect(message).toContain(`field ${field}`);
  });

  it('refuses a duplicate id in the same file', () => {
    const file = valid();
    file.seminars[1].id = file.seminars[0].id;
    expect(errorOf(file)).toMatch(/seminars\[1\].*id/);
  });

  it('refuses a file that is not a catalogue', () => {
    expect(errorOf({ seminars: 'nope' })).toMatch(/seminars/);
    expect(errorOf([1, 2])).toMatch(/catalogue/);
  });
});
