// Every card the question answers produce is valid Adaptive Card 1.5 for the official parser (the UMD bundle of the
// `adaptivecards` package, which needs no DOM to parse), in German and English, for every state of the seminar button.
import { createRequire } from 'node:module';
import { beforeAll, expect, it } from 'vitest';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { factText } from '../src/bot/answer-text.js';
import type { AdaptiveCardJson } from '../src/bot/cards.js';
import { seminarCard } from '../src/bot/seminar-card.js';
import { seminarListCard } from '../src/bot/seminar-list-card.js';
import { VERBS } from '../src/bot/verbs.js';
import { helpCard } from '../src/bot/welcome.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { loadSeminarViews, type SeminarView } from '../src/domain/seminar-views.js';
import { translator, type Locale } from '../src/i18n/index.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf } from './support/teams.js';

interface ParseEvent {
  phase: number;
  event: number;
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; toJSON(): Record<string, unknown> };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

const now = new Date('2026-11-23T10:00:00Z');
const TZ = 'Europe/Berlin';

/** Parses a card with the official parser and returns its complaints. */
function parseIssues(card: AdaptiveCardJson): string[] {
  const context = new AdaptiveCards.SerializationContext();
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
  // Nothing was dropped: the parser's own serialization keeps every body element and action.
  const again = parsed.toJSON();
  expect((again.body as unknown[] | undefined)?.length ?? 0).toBe(card.body?.length ?? 0);
  expect((again.actions as unknown[] | undefined)?.length ?? 0).toBe(card.actions?.length ?? 0);
  return issues;
}

const opts = (locale: Locale) => ({ locale, t: translator(locale), timeZone: TZ, now });

function withSeats(
  view: SeminarView,
  seats: Partial<SeminarView['seats']>,
  seminar: Partial<SeminarView['seminar']> = {},
): SeminarView {
  return { ...view, seats: { ...view.seats, ...seats }, seminar: { ...view.seminar, ...seminar } };
}

describeEachEngine('cards of answers', ({ db }) => {
  let views: SeminarView[] = [];
  beforeAll(async () => {
    const catalogue = buildDemoCatalogue(now);
    await importCatalogue(db(), catalogue, { now });
    views = await loadSeminarViews(
      db(),
      catalogue.seminars.filter((s) => s.status === 'published').map((s) => s.id),
      null,
    );
  });

  for (const locale of ['de', 'en'] as const) {
    it(`the seminar card parses without issues for every seminar (${locale})`, () => {
      for (const view of views) {
        const card = seminarCard(view, opts(locale));
        expect(card.version).toBe('1.5');
        expect(parseIssues(card), view.seminar.title).toEqual([]);
      }
    });

    it(`the list card parses without issues, with and without "Mehr anzeigen" (${locale})`, () => {
      for (const more of [true, false]) {
        const card = seminarListCard(views.slice(0, 8), { ...opts(locale), more });
        expect(parseIssues(card)).toEqual([]);
        const titles = actionsOf(card).map((a) => a.title);
        expect(titles.filter((t) => t === (locale === 'de' ? 'Details' : 'Details'))).toHaveLength(8);
        expect(titles.includes(locale === 'de' ? 'Mehr anzeigen' : 'Show more')).toBe(more);
      }
    });

    it(`the help card parses without issues (${locale})`, () => {
      expect(
        parseIssues(helpCard(translator(locale), locale, true).attachments![0].content as AdaptiveCardJson),
      ).toEqual([]);
    });
  }

  it('each list entry carries exactly one state button: Anmelden, Auf die Warteliste, Abmelden or none with the reason', () => {
    const scrum = views.find((v) => v.seminar.title === 'Agiles Projektmanagement mit Scrum')!;
    const variants: [SeminarView, string[], string | null][] = [
      [scrum, ['Details', 'Anmelden'], null],
      [withSeats(scrum, { seatsLeft: 0, confirmed: 14, waitlisted: 4 }), ['Details', 'Auf die Warteliste'], null],
      [withSeats(scrum, { myStatus: 'confirmed' }), ['Details', 'Abmelden'], 'Sie sind angemeldet.'],
      [
        withSeats(scrum, { myStatus: 'waitlisted', myPosition: 3 }),
        ['Details', 'Abmelden'],
        'Sie stehen auf Platz 3 der Warteliste.',
      ],
      [
        withSeats(scrum, { seatsLeft: 0, confirmed: 14 }, { waitlist: false }),
        ['Details'],
        'Ausgebucht, keine Warteliste.',
      ],
      [
        withSeats(scrum, {}, { registrationDeadline: new Date('2026-11-01T00:00:00Z') }),
        ['Details'],
        'Die Anmeldefrist ist abgelaufen.',
      ],
    ];
    for (const [view, buttons, status] of variants) {
      const card = seminarListCard([view], { ...opts('de'), more: false });
      expect(parseIssues(card)).toEqual([]);
      const actions = actionsOf(card);
      expect(actions.map((a) => a.title)).toEqual(buttons);
      expect(actions[0]).toMatchObject({
        type: 'Action.Submit',
        data: { verb: VERBS.details, seminarId: view.seminar.id },
      });
      if (actions[1])
        expect(actions[1]).toMatchObject({ type: 'Action.Execute', data: { seminarId: view.seminar.id } });
      if (status) expect(JSON.stringify(card)).toContain(status);
    }
  });

  it('cards carry a text fallback for clients without cards: the same seminars, in the same order, with their facts', () => {
    const list = seminarListCard(views.slice(0, 8), { ...opts('de'), more: true });
    const lines = String(list.fallbackText).split('\n');
    expect(lines).toHaveLength(8);
    views.slice(0, 8).forEach((v, i) => expect(lines[i].startsWith(`${v.seminar.title}: `), lines[i]).toBe(true));
    expect(lines[0]).toMatch(/: \w{2}\., \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}–\d{2}:\d{2} Uhr.*, .*Plätze/);
    const scrum = views.find((v) => v.seminar.title === 'Agiles Projektmanagement mit Scrum')!;
    const single = String(seminarCard(withSeats(scrum, { myStatus: 'confirmed' }), opts('de')).fallbackText);
    expect(single.split('\n')[0]).toBe('Agiles Projektmanagement mit Scrum');
    expect(single).toContain('Gebühr: 390 €');
    expect(single).toContain('Sie sind angemeldet.');
    expect(single).not.toContain('\n\n');
    expect(String(seminarCard(scrum, opts('en')).fallbackText)).toMatch(/\n[A-Z][a-z]+: €390/);
  });

  it('a one-hour seminar lasts "1 Stunde" / "1 hour", a longer one hours', () => {
    const view = views.find((v) => v.sessions.length === 1)!;
    const at = (h: number) => ({
      ...view,
      sessions: [{ ...view.sessions[0], endsAt: new Date(view.sessions[0].startsAt.getTime() + h * 3_600_000) }],
    });
    for (const [h, de, en] of [
      [1, 'dauert 1 Stunde,', 'lasts 1 hour,'],
      [1.5, 'dauert 1,5 Stunden,', 'lasts 1.5 hours,'],
    ] as const) {
      expect(factText(['duration'], at(h), opts('de'))).toContain(de);
      expect(factText(['duration'], at(h), opts('en'))).toContain(en);
    }
  });

  it('a list entry shows date, place or "online" and the seats left', () => {
    const online = views.find((v) => v.seminar.format === 'online')!;
    const card = JSON.stringify(seminarListCard([online], { ...opts('de'), more: false }));
    expect(card).toContain('online');
    expect(card).toMatch(/noch \d+ von \d+ Plätzen frei/);
    expect(card).toMatch(/\w{2}\., \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}–\d{2}:\d{2} Uhr/);
  });
});
