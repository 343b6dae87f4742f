// The list card of a search: per seminar its title, dates, place or "online", seats left, "Details" and the one
// button that fits the user's state; "Mehr anzeigen" when the search found more than the card shows.
import type { SeminarView } from '../domain/seminar-views.js';
import { renderCard, type AdaptiveCardJson, LINE_BREAK } from './cards.js';
import { oneLine, placeOf, seatsOf, sessionLines, stateOf, type CardOptions } from './seminar-card.js';
import { VERBS } from './verbs.js';

export function seminarListCard(views: SeminarView[], opts: CardOptions & { more: boolean }): AdaptiveCardJson {
  const { t } = opts;
  const items = views.map((view) => {
    const state = stateOf(view, opts);
    return {
      id: view.seminar.id,
      title: view.seminar.title,
      when: sessionLines(view, opts).join(LINE_BREAK),
      place: placeOf(view, t),
      seats: seatsOf(view, t),
      status: state.status,
      statusStyle: state.statusStyle,
      // The page's ids go with each button, so that after the click the list is shown again in its new state.
      buttons: state.buttons.map((b) => ({ ...b, page: views.map((v) => v.seminar.id) })),
    };
  });
  return renderCard('seminar-list', {
    items: items.map((i) => ({ ...i, detailsTitle: t('ask.details'), detailsVerb: VERBS.details })),
    moreButtons: opts.more ? [{ title: t('ask.more'), verb: VERBS.more }] : [],
    // For clients without cards: one line per seminar, in the card's order.
    fallbackText: items.map((i) => `${i.title}: ${oneLine(i.when)}, ${i.place}, ${i.seats}`).join('\n'),
  });
}
