// What the outbox sends for registrations: the message to the person promoted from the waitlist.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { registrations } from '../../db/schema.js';
import type { RendererRegistry } from '../delivery/renderers.js';
import { formatDateTime } from '../i18n/format.js';
import { translator } from '../i18n/index.js';
import { cardMessage } from './cards.js';
import type { BotDeps } from './deps.js';
import { withBanner } from './register.js';
import { seminarCardFor } from './seminar-state.js';

const promotedPayload = z.object({ seminarId: z.string(), registrationId: z.number() });

export function registrationRenderers(deps: BotDeps): RendererRegistry {
  return {
    async promoted({ row, user, locale }) {
      const payload = promotedPayload.safeParse(row.payload);
      if (!payload.success) return null;
      // Only if the seat is still theirs: a cancellation in between makes the message pointless.
      const [reg] = await deps.db
        .select()
        .from(registrations)
        .where(and(eq(registrations.id, payload.data.registrationId), eq(registrations.status, 'confirmed')));
      if (!reg) return null;
      const t = translator(locale);
      const { card, seminar, firstStart } = await seminarCardFor(deps, payload.data.seminarId, { user, locale, t });
      if (!seminar) return null;
      const date = firstStart ? formatDateTime(firstStart, locale, deps.config.DISPLAY_TIMEZONE) : '';
      const text = `${t('reg.promoted.title')} ${t('reg.promoted.text', { title: seminar.title, date })}`;
      return cardMessage(withBanner(card, { text, style: 'good' }), t('reg.promoted.title'));
    },
  };
}
