// The one place the environment is read. Every key has a description and a default; a bad value stops the
// start with one line naming the variable (see CONTRACT.md, "Environment").
import { z } from 'zod';

const DURATION = /^(\d+)\s*(s|m|h|d)$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "7d,1d" → [604800000, 86400000] (sorted, largest first, duplicates removed). */
export function parseOffsets(text: string): number[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const ms = parts.map((p) => {
    const m = DURATION.exec(p);
    if (!m) throw new Error(`"${p}" is not a duration like 7d, 12h, 30m or 45s`);
    return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  });
  return [...new Set(ms)].sort((a, b) => b - a);
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const bool = (dflt: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .default(dflt ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  );

const schema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.string().default('development')).describe('production refuses local mode'),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)).describe('HTTP port'),
  DATABASE_URL: z
    .preprocess(emptyToUndefined, z.string().url({ message: 'must be a postgres:// connection string' }).optional())
    .describe('PostgreSQL connection string; unset = embedded PGlite'),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./.data')).describe('where PGlite keeps its files'),
  BOT_ID: optionalString.describe('Azure Bot app id; unset = local mode'),
  BOT_PASSWORD: optionalString.describe('Azure Bot client secret'),
  BOT_TENANT_ID: optionalString.describe('tenant of a single-tenant bot'),
  BOT_TYPE: z
    .preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMsi']).optional())
    .describe('Azure Bot type'),
  ALLOWED_TENANTS: z
    .preprocess(emptyToUndefined, z.string().optional())
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean)
        : [],
    )
    .describe('comma list of tenant ids; others are refused'),
  DEFAULT_LOCALE: z
    .preprocess(emptyToUndefined, z.enum(['de', 'en']).default('de'))
    .describe('language when none is sent'),
  DISPLAY_TIMEZONE: z
    .preprocess(emptyToUndefined, z.string().default('Europe/Berlin'))
    .refine(isValidTimeZone, { message: 'is not an IANA time zone' })
    .describe('zone in which dates are shown'),
  REMINDER_OFFSETS: z
    .preprocess(emptyToUndefined, z.string().default('7d,1d'))
    .transform((v, ctx) => {
      try {
        return parseOffsets(v);
      } catch (e) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (e as Error).message });
        return z.NEVER;
      }
    })
    .describe('reminders before the first session'),
  SCHEDULER_CRON: z
    .preprocess(emptyToUndefined, z.string().default('* * * * *'))
    .refine((v) => [5, 6].includes(v.trim().split(/\s+/).length), { message: 'must have 5 or 6 cron fields' })
    .describe('how often the scheduler looks for due work'),
  SEND_RATE: z
    .preprocess(emptyToUndefined, z.coerce.number().positive().max(1000).default(30))
    .describe('most proactive messages per second (Teams: 50/s per app and tenant, 30 in older docs)'),
  SEND_MAX_ATTEMPTS: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(50).default(8))
    .describe('attempts before an outbox message is marked failed'),
  PUBLIC_URL: z
    .preprocess(emptyToUndefined, z.string().url({ message: 'must be an http(s) URL' }).optional())
    .transform((v) => v?.replace(/\/+$/, ''))
    .describe('public base URL of the bot (https://host); reminders then link a calendar file. Unset = no link'),
  SEED_DEMO: bool(true).describe('load the demo catalogue into an empty database'),
  LLM_MODE: z
    .preprocess(emptyToUndefined, z.enum(['off', 'azure', 'openai']).default('off'))
    .describe(
      'optional: word answers with a language model (Azure OpenAI or OpenAI), grounded on the same search; off = deterministic',
    ),
  LLM_ENDPOINT: z
    .preprocess(emptyToUndefined, z.string().url({ message: 'must be an http(s) URL' }).optional())
    .describe(
      'Azure OpenAI resource endpoint (https://…openai.azure.com), or another base URL for an OpenAI-compatible API',
    ),
  LLM_API_KEY: optionalString.describe('API key of the language model'),
  LLM_MODEL: optionalString.describe('Azure OpenAI deployment or OpenAI model name (e.g. gpt-4o-mini)'),
  LOG_LEVEL: z
    .preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    )
    .describe('pino log level'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `${i.path.join('.')}: ${i.message} (got "${env[String(i.path[0])] ?? ''}")`,
    );
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const config = parsed.data;
  if (config.BOT_ID && !config.BOT_PASSWORD && config.BOT_TYPE !== 'UserAssignedMsi') {
    throw new ConfigError('invalid configuration: BOT_PASSWORD is required when BOT_ID is set');
  }
  if (config.LLM_MODE !== 'off') {
    const missing = ['LLM_API_KEY', 'LLM_MODEL', ...(config.LLM_MODE === 'azure' ? ['LLM_ENDPOINT'] : [])].filter(
      (k) => !config[k as keyof Config],
    );
    if (missing.length)
      throw new ConfigError(
        `invalid configuration: ${missing.join(', ')} required when LLM_MODE is ${config.LLM_MODE}`,
      );
    if (config.LLM_MODE === 'azure' && !config.LLM_ENDPOINT!.startsWith('https://')) {
      throw new ConfigError('invalid configuration: LLM_ENDPOINT must be an https:// URL for Azure OpenAI');
    }
  }
  return config;
}

/** Local mode: no Azure Bot credentials, so requests are not authenticated. */
export const isLocalMode = (config: Config) => !config.BOT_ID;

/** The documented keys with their descriptions, for the README and .env.example. */
export const configKeys = Object.entries(schema.shape).map(([key, s]) => ({ key, description: s.description ?? '' }));
