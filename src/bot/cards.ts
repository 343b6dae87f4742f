// Card templates from adaptive-cards/ (schema 1.5), expanded with adaptivecards-templating. Data is formatted
// (dates in DISPLAY_TIMEZONE, money) before it reaches a template; templates only place it.
import * as ACData from 'adaptivecards-templating';
import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const CARDS_DIR = fileURLToPath(new URL('../../adaptive-cards/', import.meta.url));
// Parsed templates, read once: building an ACData.Template costs ten times more than expanding it.
const templates = new Map<string, ACData.Template>();

/** A line break inside a TextBlock or FactSet value: Teams' markdown ignores a single "\n". */
export const LINE_BREAK = '\n\n';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

function template(name: string): ACData.Template {
  let t = templates.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(fs.readFileSync(`${CARDS_DIR}${name}.json`, 'utf8')) as object);
    templates.set(name, t);
  }
  return t;
}

/** Expands adaptive-cards/<name>.json with the data. */
export function renderCard(name: string, data: object): AdaptiveCardJson {
  const expanded = template(name).expand({ $root: data }) as AdaptiveCardJson;
  return expanded;
}

/**
 * A message with the card. `summary` is the short line Teams shows in notifications and chat lists (proactive
 * messages); the card itself carries the full text, so nothing is said twice.
 */
export function cardMessage(card: AdaptiveCardJson, summary?: string): Partial<Activity> {
  const attachment: Attachment = CardFactory.adaptiveCard(card);
  const activity = MessageFactory.attachment(attachment);
  if (summary) activity.summary = summary;
  return activity;
}

export function textMessage(text: string): Partial<Activity> {
  return MessageFactory.text(text);
}
