// The catalogue file format of CONTRACT.md as a zod schema, and the one-line error that names record, id and field.
import { z } from 'zod';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = z
  .string({ required_error: 'is required', invalid_type_error: 'must be an ISO 8601 date-time' })
  .regex(ISO_WITH_OFFSET, 'must be an ISO 8601 date-time with offset, e.g. 2027-03-02T09:00:00+01:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a valid date')
  .transform((s) => new Date(s));

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
const id = z
  .string({ required_error: 'is required' })
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'may contain only letters, digits, ".", "_" and "-"');

export const sessionSchema = z
  .object({ start: isoDate, end: isoDate, location: optionalText(300) })
  .refine((s) => s.end.getTime() > s.start.getTime(), { message: 'must be after start', path: ['end'] });

export const seminarSchema = z
  .object({
    id,
    title: text(200),
    summary: optionalText(1000),
    description: optionalText(10000),
    topics: z.array(text(80)).max(30).default([]),
    format: z.enum(['in_person', 'online', 'hybrid'], {
      errorMap: () => ({ message: 'must be in_person, online or hybrid' }),
    }),
    location: optionalText(300),
    onlineUrl: z
      .string()
      .trim()
      .url('must be a URL')
      .nullish()
      .transform((v) => v ?? null),
    trainer: optionalText(200),
    provider: optionalText(200),
    audience: optionalText(500),
    capacity: z
      .number({ required_error: 'is required', invalid_type_error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100000),
    waitlist: z.boolean({ invalid_type_error: 'must be true or false' }).default(true),
    fee: z
      .object({
        amount: z.number({ invalid_type_error: 'must be a number' }).min(0, 'must not be negative').max(1_000_000),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code')
          .default('EUR'),
        note: optionalText(500),
      })
      .nullish()
      .transform((v) => v ?? null),
    registrationDeadline: isoDate.nullish().transform((v) => v ?? null),
    eligibleMunicipalities: z
      .array(id)
      .nullish()
      .transform((v) => (v && v.length ? v : null)),
    language: z.enum(['de', 'en'], { errorMap: () => ({ message: 'must be de or en' }) }).default('de'),
    status: z
      .enum(['draft', 'published', 'cancelled'], {
        errorMap: () => ({ message: 'must be draft, published or cancelled' }),
      })
      .default('published'),
    sessions: z.array(sessionSchema).min(1, 'needs at least one session'),
  })
  .superRefine((s, ctx) => {
    if (s.format !== 'online' && !s.location) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['location'],
        message: 'is required unless the format is online',
      });
    }
  });

export const municipalitySchema = z.object({ id, name: text(200) });

export const catalogueSchema = z.object({
  municipalities: z.array(municipalitySchema).default([]),
  seminars: z.array(z.unknown()).default([]),
});

export type SeminarInput = z.infer<typeof seminarSchema>;
export type MunicipalityInput = z.infer<typeof municipalitySchema>;
export interface Catalogue {
  municipalities: MunicipalityInput[];
  seminars: SeminarInput[];
}

export class CatalogueError extends Error {}

function describePath(p: (string | number)[]): string {
  return p.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

/**
 * Validates a parsed catalogue file as a whole. Throws CatalogueError naming the first bad record (index and id)
 * and field; returns normalised seminars with Date objects.
 */
export function parseCatalogue(input: unknown, knownMunicipalities: Iterable<string> = []): Catalogue {
  const top = catalogueSchema.safeParse(input);
  if (!top.success) {
    const issue = top.error.issues[0];
    throw new CatalogueError(`catalogue: field ${describePath(issue.path) || '(top level)'} ${issue.message}`);
  }
  const municipalities = top.data.municipalities;
  const muniIds = new Set([...knownMunicipalities, ...municipalities.map((m) => m.id)]);
  const seen = new Set<string>();
  const seminars = top.data.seminars.map((raw, index) => {
    const rawId =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : '?';
    const where = `seminars[${index}] (id ${rawId})`;
    const parsed = seminarSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CatalogueError(`${where}: field ${describePath(issue.path) || '(record)'} ${issue.message}`);
    }
    const s = parsed.data;
    if (seen.has(s.id)) throw new CatalogueError(`${where}: field id is used by an earlier record`);
    seen.add(s.id);
    for (const [i, m] of (s.eligibleMunicipalities ?? []).entries()) {
      if (!muniIds.has(m))
        throw new CatalogueError(`${where}: field eligibleMunicipalities[${i}] names unknown municipality "${m}"`);
    }
    s.sessions.sort((a, b) => a.start.getTime() - b.start.getTime());
    return s;
  });
  return { municipalities, seminars };
}
