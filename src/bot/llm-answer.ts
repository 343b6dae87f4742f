// The optional LLM mode (LLM_MODE=azure|openai): a language model words the first sentences of an answer through the
// Teams AI planner, grounded on what the deterministic search found. The seminars, the cards and their buttons stay
// exactly as the search chose them; the model only phrases. Any error, an empty reply or a slow model falls back to
// the deterministic sentence, so the bot answers as it would offline.
import { ActionPlanner, OpenAIModel, PromptManager, type Memory } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Locale } from '../i18n/index.js';

const PROMPTS_FOLDER = fileURLToPath(new URL('./prompts/', import.meta.url));
/** Longer than this and the deterministic answer goes out instead. */
export const LLM_TIMEOUT_MS = 8_000;

export interface Grounding {
  question: string;
  locale: Locale;
  /** The deterministic answer's text. */
  draft: string;
  /** The facts of the seminars shown, as text (the cards' text fallbacks). */
  facts: string;
}

export interface Phraser {
  /** The model's wording, or null when it failed (then the deterministic text is used). */
  phrase(context: TurnContext, grounding: Grounding): Promise<string | null>;
}

/** Values of one prompt rendering; a name without a scope is in `temp`, as in Teams AI's turn state. */
class PromptMemory implements Memory {
  private readonly values = new Map<string, unknown>();
  private key = (path: string) => (path.includes('.') ? path : `temp.${path}`);
  deleteValue(path: string): void {
    this.values.delete(this.key(path));
  }
  hasValue(path: string): boolean {
    return this.values.has(this.key(path));
  }
  getValue<T = unknown>(path: string): T {
    return this.values.get(this.key(path)) as T;
  }
  setValue(path: string, value: unknown): void {
    this.values.set(this.key(path), value);
  }
}

function model(config: Config): OpenAIModel {
  // The instructions go as a system message; by default Teams AI would send them as the user's.
  const common = { useSystemMessages: true, maxRetries: 0, clientOptions: { timeout: LLM_TIMEOUT_MS, maxRetries: 0 } };
  return config.LLM_MODE === 'azure'
    ? new OpenAIModel({
        ...common,
        azureApiKey: config.LLM_API_KEY!,
        azureDefaultDeployment: config.LLM_MODEL!,
        azureEndpoint: config.LLM_ENDPOINT!,
        azureApiVersion: '2024-06-01',
      })
    : new OpenAIModel({
        ...common,
        apiKey: config.LLM_API_KEY!,
        defaultModel: config.LLM_MODEL!,
        endpoint: config.LLM_ENDPOINT,
      });
}

/** The phraser of the configured LLM mode; null when LLM_MODE is off. */
export function createPhraser(config: Config, logger: Logger): Phraser | null {
  if (config.LLM_MODE === 'off') return null;
  const planner = new ActionPlanner({
    model: model(config),
    prompts: new PromptManager({ promptsFolder: PROMPTS_FOLDER }),
    defaultPrompt: 'answer',
  });
  return {
    async phrase(context, g) {
      const memory = new PromptMemory();
      memory.setValue('temp.input', g.question);
      memory.setValue('temp.language', g.locale === 'de' ? 'German' : 'English');
      memory.setValue('temp.draft', g.draft);
      memory.setValue('temp.facts', g.facts || '-');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LLM_TIMEOUT_MS)));
      try {
        const response = await Promise.race([planner.completePrompt<string>(context, memory, 'answer'), timeout]);
        const text = response?.status === 'success' ? String(response.message?.content ?? '').trim() : '';
        if (!text)
          logger.warn(
            { status: response?.status ?? 'timeout', err: response?.error },
            'LLM answer failed, deterministic text used',
          );
        return text || null;
      } catch (err) {
        logger.warn({ err }, 'LLM answer failed, deterministic text used');
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
