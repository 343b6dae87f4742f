import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seminarSessions, seminars, municipalities, seminarSearch, searchWords } from '../db/schema.js';
import { CatalogueError } from '../src/domain/catalogue-format.js';
import { formatImportSummary, importCatalogue } from '../src/domain/catalogue-import.js';
import { loadSeminarViews } from '../src/domain/seminar-views.js';
import { describeEachEngine } from './support/db.js';

const file = () => JSON.parse(fs.readFileSync(new URL('./fixtures/small-catalogue.json', import.meta.url), 'utf8'));
const now = new Date('2026-11-23T10:00:00Z');

describeEachEngine('catalogue import', ({ db }) => {
  it('imports a valid file and reports what is new', async () => {
    const r = await importCatalogue(db(), file(), { now });
    expect(formatImportSummary(r)).toBe('imported: 2 new, 0 updated, 0 unchanged');
    expect(r.changes).toEqual([
      { kind: 'published', seminarId: 'TZG-2027-014' },
      { kind: 'published', seminarId: 'TZG-2027-015' },
    ]);
    const [scrum] = await db().select().from(seminars).where(eq(seminars.id, 'TZG-2027-015'));
    expect(scrum.feeAmount).toBe(390);
    expect(scrum.registrationDeadline.toISOString()).toBe('2027-04-13T07:00:00.000Z');
    expect(await db().select().from(seminarSessions).where(eq(seminarSessions.seminarId, 'TZG-2027-015'))).toHaveLength(
      2,
    );
    expect(await db().select().from(municipalities)).toHaveLength(2);
  });

  it('a second import of the same file changes nothing', async () => {
    const r = await importCatalogue(db(), file(), { now });
    expect(formatImportSummary(r)).toBe('imported: 0 new, 0 updated, 2 unchanged');
    expect(r.changes).toEqual([]);
  });

  it('reports changed times, raised capacity and a cancellation', async () => {
    const f = file();
    f.seminars[0].sessions[0].start = '2027-03-02T10:00:00+01:00';
    f.seminars[0].capacity = 20;
    f.seminars[1].status = 'cancelled';
    const r = await importCatalogue(db(), f, { now });
    expect(formatImportSummary(r)).toBe('imported: 0 new, 2 updated, 0 unchanged');
    expect(r.changes).toEqual([
      { kind: 'rescheduled', seminarId: 'TZG-2027-014' },
      { kind: 'capacityRaised', seminarId: 'TZG-2027-014', from: 16, to: 20 },
      { kind: 'cancelled', seminarId: 'TZG-2027-015' },
    ]);
  });

  it('one bad record and nothing is written', async () => {
    const before = await db().select().from(seminars);
    const f = file();
    f.seminars.push({ ...f.seminars[0], id: 'NEW-1' });
    f.seminars[0].title = 'Geändert';
    f.seminars.push({ id: 'BAD-1', title: 'Kaputt', format: 'in_person', capacity: 5, sessions: [] });
    await expect(importCatalogue(db(), f, { now })).rejects.toThrow(CatalogueError);
    await expect(importCatalogue(db(), f, { now })).rejects.toThrow(
      /seminars\[3\] \(id BAD-1\): field (location|sessions)/,
    );
    expect(await db().select().from(seminars)).toEqual(before);
  });

  it('shows a seminar in a view exactly as its row and sessions are stored', async () => {
    const rows = await db().select().from(seminars);
    const views = await loadSeminarViews(db(), [...rows.map((r) => r.id).reverse(), 'NO-SUCH-ID'], null);
    expect(views.map((v) => v.seminar)).toEqual([...rows].reverse());
    for (const v of views) {
      const sessions = await db()
        .select()
        .from(seminarSessions)
        .where(eq(seminarSessions.seminarId, v.seminar.id))
        .orderBy(seminarSessions.startsAt);
      expect(v.sessions).toEqual(sessions);
      expect(v.seats).toMatchObject({ confirmed: 0, waitlisted: 0, seatsLeft: v.seminar.capacity, myStatus: 'none' });
    }
  });

  it('keeps the search index filled', async () => {
    const [row] = await db().select().from(seminarSearch).where(eq(seminarSearch.seminarId, 'TZG-2027-014'));
    expect(row.vector).toContain('prozessmanagement');
    expect(row.words).toContain('prozessmanagement in der verwaltung');
    expect(row.sessionStarts.length).toBeGreaterThan(0);
    const words = await db().select().from(searchWords).where(eq(searchWords.word, 'prozessmanagement'));
    expect(words).toHaveLength(1);
  });
});
