import { describe, it, expect } from 'vitest';
import { buildDemoCatalogue, type DemoCatalogue, type DemoSeminar } from '../db/demo-catalogue.js';

const FIXED_NOWS = [
  '2026-11-23T10:00:00Z', // late autumn, programme runs across the year-end closure
  '2027-06-01T10:00:00Z', // summer, programme crosses the switch back to CET
  '2027-03-27T23:30:00Z', // Sunday 00:30 in Berlin, night of the switch to CEST
  '2026-12-31T23:30:00Z', // already 1 January in Berlin, still 31 December in UTC
];

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00([+-]\d{2}:\d{2})$/;

const offsetFmt = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });
const wallFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

/** Berlin offset of an instant according to Intl, as "+01:00"/"+02:00". */
function intlOffset(ms: number): string {
  const name = offsetFmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name.replace('GMT', '') || '+00:00';
}

/** Parses an ISO string of the catalogue and cross-checks it against Intl for that instant. */
function checkIso(iso: string): { ms: number; weekday: string; date: string; time: string } {
  const m = ISO_RE.exec(iso);
  expect(m, `not a catalogue ISO timestamp: ${iso}`).not.toBeNull();
  const [, y, mo, d, hh, mi, off] = m!;
  const ms = Date.parse(iso);
  expect(Number.isNaN(ms), iso).toBe(false);
  expect(off, `offset of ${iso}`).toBe(intlOffset(ms));
  const parts = Object.fromEntries(wallFmt.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  // The wall-clock part of the string must be the Berlin local time of the instant.
  expect(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`, iso).toBe(
    `${y}-${mo}-${d}T${hh}:${mi}`,
  );
  return { ms, weekday: parts.weekday ?? '', date: `${y}-${mo}-${d}`, time: `${hh}:${mi}` };
}

const firstStart = (s: DemoSeminar): number => Math.min(...s.sessions.map((x) => Date.parse(x.start)));
const lastEnd = (s: DemoSeminar): number => Math.max(...s.sessions.map((x) => Date.parse(x.end)));
const statusOf = (s: DemoSeminar): string => s.status ?? 'published';
const isPast = (s: DemoSeminar, now: Date): boolean => lastEnd(s) <= now.getTime();

function allGermanText(c: DemoCatalogue): string[] {
  return c.seminars
    .filter((s) => (s.language ?? 'de') === 'de')
    .flatMap((s) => [
      s.title,
      s.summary ?? '',
      s.description ?? '',
      s.audience ?? '',
      s.fee?.note ?? '',
      ...(s.topics ?? []),
    ]);
}

describe('buildDemoCatalogue', () => {
  for (const nowIso of FIXED_NOWS) {
    describe(`now = ${nowIso}`, () => {
      const now = new Date(nowIso);
      const cat = buildDemoCatalogue(now);
      const municipalityIds = new Set(cat.municipalities.map((m) => m.id));

      it('is plain JSON', () => {
        expect(JSON.parse(JSON.stringify(cat))).toEqual(cat);
      });

      it('has the county and its eight towns', () => {
        expect([...municipalityIds].sort()).toEqual(
          [
            'rkn',
            'neuss',
            'dormagen',
            'grevenbroich',
            'meerbusch',
            'kaarst',
            'korschenbroich',
            'juechen',
            'rommerskirchen',
          ].sort(),
        );
        expect(cat.municipalities.find((m) => m.id === 'rkn')?.name).toBe('Rhein-Kreis Neuss');
        expect(cat.municipalities.find((m) => m.id === 'neuss')?.name).toBe('Stadt Neuss');
        expect(cat.municipalities.find((m) => m.id === 'juechen')?.name).toContain('Jüchen');
      });

      it('has at least 25 seminars with unique ids of the documented shape', () => {
        expect(cat.seminars.length).toBeGreaterThanOrEqual(25);
        const ids = cat.seminars.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of cat.seminars) {
          expect(s.id).toMatch(/^(TZG|NSI)-\d{4}-\d{3}$|^LNRW-DL-\d{4}-\d{2}$/);
          const year = checkIso(s.sessions[0]!.start).date.slice(0, 4);
          expect(s.id, 'id carries the year of the first session').toContain(`-${year}-`);
        }
      });

      it('satisfies the catalogue rules for every seminar', () => {
        for (const s of cat.seminars) {
          expect(s.title.trim()).not.toBe('');
          expect(['in_person', 'online', 'hybrid']).toContain(s.format);
          expect(Number.isInteger(s.capacity) && s.capacity >= 1, s.id).toBe(true);
          expect(s.capacity).toBeLessThanOrEqual(24);
          expect(s.sessions.length).toBeGreaterThanOrEqual(1);
          if (s.format !== 'online') expect(s.location?.trim(), `location of ${s.id}`).toBeTruthy();
          if (s.format !== 'in_person') expect(s.onlineUrl, `onlineUrl of ${s.id}`).toMatch(/^https:\/\//);
          for (const id of s.eligibleMunicipalities ?? []) expect(municipalityIds.has(id), `${s.id}: ${id}`).toBe(true);
          if (s.fee) {
            expect(s.fee.currency).toBe('EUR');
            expect(s.fee.amount).toBeGreaterThanOrEqual(0);
            expect(s.fee.amount).toBeLessThanOrEqual(900);
          }
          expect(['de', 'en']).toContain(s.language ?? 'de');
          expect(['draft', 'published', 'cancelled']).toContain(statusOf(s));
          expect((s.summary ?? '').length, `summary of ${s.id}`).toBeGreaterThan(20);
          expect((s.description ?? '').split(/[.!?]\s/).length, `description of ${s.id}`).toBeGreaterThanOrEqual(3);
        }
      });

      it('puts every session on a weekday with the correct Berlin offset, end after start', () => {
        for (const s of cat.seminars) {
          for (const x of s.sessions) {
            const start = checkIso(x.start);
            const end = checkIso(x.end);
            expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], `${s.id} ${x.start}`).toContain(start.weekday);
            expect(end.date, 'session ends on the same day').toBe(start.date);
            expect(end.ms).toBeGreaterThan(start.ms);
            expect(start.time >= '08:00' && end.time <= '17:00', `${s.id} ${x.start}`).toBe(true);
          }
          // multi-day seminars run on consecutive days
          for (let i = 1; i < s.sessions.length; i++) {
            const gap = Date.parse(s.sessions[i]!.start) - Date.parse(s.sessions[i - 1]!.start);
            expect(gap, s.id).toBe(24 * 3600_000);
          }
        }
      });

      it('registration deadlines are 23:59 local, before the first session and (for upcoming seminars) after now', () => {
        for (const s of cat.seminars) {
          if (!s.registrationDeadline) continue;
          const dl = checkIso(s.registrationDeadline);
          expect(dl.time).toBe('23:59');
          const lead = firstStart(s) - dl.ms;
          expect(lead, s.id).toBeGreaterThan(3 * 24 * 3600_000);
          // 1–2 weeks, moved back to a working day (possibly across the year-end closure)
          expect(lead, s.id).toBeLessThan(28 * 24 * 3600_000);
          if (!isPast(s, now)) expect(dl.ms, s.id).toBeGreaterThan(now.getTime());
        }
      });

      it('has exactly one cancelled, one draft and one past seminar; everything else is upcoming', () => {
        const cancelled = cat.seminars.filter((s) => statusOf(s) === 'cancelled');
        const drafts = cat.seminars.filter((s) => statusOf(s) === 'draft');
        const past = cat.seminars.filter((s) => isPast(s, now));
        expect(cancelled).toHaveLength(1);
        expect(drafts).toHaveLength(1);
        expect(past).toHaveLength(1);
        expect(statusOf(past[0]!)).toBe('published');
        expect(past[0]!.sessions).toHaveLength(1);
        expect(firstStart(cancelled[0]!)).toBeGreaterThan(now.getTime());
        expect(firstStart(drafts[0]!)).toBeGreaterThan(now.getTime());

        const upcoming = cat.seminars.filter((s) => statusOf(s) === 'published' && !isPast(s, now));
        expect(upcoming.length).toBeGreaterThanOrEqual(25);
        for (const s of upcoming) expect(firstStart(s), s.id).toBeGreaterThan(now.getTime());
        // spread over roughly the coming two to seven months
        const days = upcoming.map((s) => (firstStart(s) - now.getTime()) / (24 * 3600_000));
        expect(Math.min(...days)).toBeGreaterThan(7);
        expect(Math.max(...days)).toBeGreaterThan(120);
        expect(Math.max(...days)).toBeLessThan(240);
      });

      it('contains the Digitallotsen qualification, the Scrum seminar, Frau Lange and the English session', () => {
        const dl = cat.seminars.filter((s) => s.title.includes('Digitallots'));
        expect(dl).toHaveLength(1);
        expect(dl[0]!.id).toMatch(/^LNRW-DL-/);
        expect(dl[0]!.provider).toBe('Land NRW');
        expect(dl[0]!.sessions).toHaveLength(3);
        expect(dl[0]!.fee?.note).toBe('Das Land NRW übernimmt 50 % der Teilnahmegebühr.');
        expect(dl[0]!.audience).toMatch(/zwei/);

        const scrum = cat.seminars.filter((s) => s.title.includes('Scrum'));
        expect(scrum).toHaveLength(1);
        expect(scrum[0]!.fee).toMatchObject({ amount: 390, currency: 'EUR' });

        const lange = cat.seminars.filter(
          (s) => s.trainer?.includes('Lange') && statusOf(s) === 'published' && !isPast(s, now),
        );
        expect(lange.length).toBeGreaterThanOrEqual(2);

        const english = cat.seminars.filter((s) => s.language === 'en');
        expect(english).toHaveLength(1);
        expect(english[0]!.title).toMatch(/English/);
      });

      it('covers the expected mix of formats, places, providers and fees', () => {
        const formats = new Set(cat.seminars.map((s) => s.format));
        expect(formats).toEqual(new Set(['in_person', 'online', 'hybrid']));
        expect(cat.seminars.filter((s) => s.format === 'hybrid').length).toBeGreaterThanOrEqual(2);
        const locations = cat.seminars.map((s) => s.location ?? '');
        expect(locations.some((l) => l.startsWith('TZG Akademie Glehn'))).toBe(true);
        expect(locations.some((l) => l.startsWith('Kreishaus Grevenbroich'))).toBe(true);
        expect(locations.some((l) => l.startsWith('Rathaus Neuss'))).toBe(true);
        expect(new Set(cat.seminars.map((s) => s.provider))).toEqual(new Set(['TZG', 'NSI', 'Land NRW']));
        expect(cat.seminars.some((s) => s.capacity === 5)).toBe(true);
        expect(cat.seminars.filter((s) => s.fee?.amount === 0).length).toBeGreaterThanOrEqual(3);
        expect(cat.seminars.filter((s) => s.sessions.length >= 2).length).toBeGreaterThanOrEqual(5);
        expect(cat.seminars.filter((s) => s.eligibleMunicipalities).length).toBeGreaterThanOrEqual(2);
        expect(cat.seminars.some((s) => s.audience?.includes('Führungskräfte'))).toBe(true);
        expect(cat.seminars.some((s) => s.audience?.includes('IT-Koordinatorinnen und -Koordinatoren'))).toBe(true);
      });

      it('uses real umlauts, never ae/oe/ue substitutes', () => {
        const substitutes =
          /\b(fuer|Fuehrung\w*|fuehr\w*|Aemter|Aender\w*|oeffentlich\w*|Oeffentlich\w*|Buerger\w*|buerger\w*|Schluessel|Gebuehr\w*|Pruefung|pruef\w*|Uebung\w*|ueber|Ueber\w*|koennen|muessen|Kraefte|Beschaeftigte\w*|Juechen|Massnahme\w*|gross\w*|Strasse|Sicherheitsvorfaelle|Datenschutzgrundverordnung|kuenstliche|Kuenstliche)\b/;
        for (const text of allGermanText(cat)) expect(text).not.toMatch(substitutes);
        const titles = cat.seminars.map((s) => s.title).join('\n');
        expect(titles).toContain('Führungskräfte');
        expect(titles).toContain('Künstliche Intelligenz');
        expect(titles).toContain('öffentlichen Verwaltung');
        expect(cat.municipalities.map((m) => m.name).join()).not.toMatch(/Juechen/);
      });

      it('is deterministic for a given now', () => {
        expect(buildDemoCatalogue(new Date(nowIso))).toEqual(cat);
      });
    });
  }

  it('keeps its invariants for every second day over two years', () => {
    const holidays2027 = [
      '2027-01-01',
      '2027-02-08',
      '2027-03-26',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-17',
      '2027-05-27',
      '2027-10-03',
      '2027-11-01',
      '2027-12-25',
      '2027-12-26',
    ];
    const start = Date.parse('2026-01-01T11:00:00Z');
    for (let i = 0; i < 730; i += 2) {
      const now = new Date(start + i * 24 * 3600_000 + (i % 24) * 3600_000);
      const cat = buildDemoCatalogue(now);
      expect(new Set(cat.seminars.map((s) => s.id)).size).toBe(cat.seminars.length);
      let past = 0;
      for (const s of cat.seminars) {
        if (isPast(s, now)) past++;
        else expect(firstStart(s), `${now.toISOString()} ${s.id}`).toBeGreaterThan(now.getTime());
        if (s.registrationDeadline && !isPast(s, now)) {
          expect(Date.parse(s.registrationDeadline), `${now.toISOString()} ${s.id}`).toBeGreaterThan(now.getTime());
        }
        for (const x of s.sessions) {
          const day = new Date(`${x.start.slice(0, 10)}T12:00:00Z`).getUTCDay();
          expect(day >= 1 && day <= 5, `${now.toISOString()} ${s.id} ${x.start}`).toBe(true);
          expect(holidays2027, `${s.id} on a public holiday`).not.toContain(x.start.slice(0, 10));
          const md = x.start.slice(5, 10);
          expect(md >= '12-21' || md === '01-01', `${s.id} in the year-end closure`).toBe(false);
        }
      }
      expect(past, now.toISOString()).toBe(1);
    }
  });
});
