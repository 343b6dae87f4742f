// The official Adaptive Cards parser (the UMD bundle of `adaptivecards`, which parses without a DOM): what it
// complains about in a card, so tests can require a card to be valid 1.5 as Teams will read it.
import { createRequire } from 'node:module';

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; toJSON(): Record<string, unknown> };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** The parser's complaints about a card, plus a note for every body element or action it dropped. */
export function cardIssues(card: unknown): string[] {
  const context = new AdaptiveCards.SerializationContext();
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const issues: string[] = [];
  for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
  const c = card as { version?: string; body?: unknown[]; actions?: unknown[] };
  const again = parsed.toJSON();
  if (c.version !== '1.5') issues.push(`version ${c.version} instead of 1.5`);
  if (((again.body as unknown[] | undefined)?.length ?? 0) !== (c.body?.length ?? 0))
    issues.push('body elements were dropped');
  if (((again.actions as unknown[] | undefined)?.length ?? 0) !== (c.actions?.length ?? 0))
    issues.push('actions were dropped');
  return issues;
}
