// The profile a registration needs: which municipality (for eligibility and the guides' overview) and which
// department. Asked once, changeable later ("Profil").
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { municipalities, users, type Municipality, type User } from '../../db/schema.js';

export const profileInput = z.object({
  municipality: z.string().trim().min(1, 'municipalityMissing').max(64, 'municipalityUnknown'),
  department: z.string().trim().min(1, 'departmentMissing').max(120, 'departmentTooLong'),
});
export type ProfileInput = z.infer<typeof profileInput>;
export type ProfileProblem = 'municipalityMissing' | 'municipalityUnknown' | 'departmentMissing' | 'departmentTooLong';

export const hasProfile = (u: Pick<User, 'municipalityId' | 'department'>) => Boolean(u.municipalityId && u.department);

/** How people look for their municipality in a list: by the place's name ("Neuss", not "Stadt Neuss"), towns first. */
export function municipalitySortKey(m: Pick<Municipality, 'name'>): [number, string] {
  const county = /kreis/i.test(m.name) ? 1 : 0;
  const place = m.name.replace(
    /^(stadt|gemeinde|kreisstadt|hansestadt|markt|amt|verbandsgemeinde|samtgemeinde)\s+/i,
    '',
  );
  return [county, place.toLocaleLowerCase('de')];
}

export async function listMunicipalities(db: DbOrTx): Promise<Municipality[]> {
  const list = await db.select().from(municipalities);
  return list.sort((a, b) => {
    const [ca, pa] = municipalitySortKey(a);
    const [cb, pb] = municipalitySortKey(b);
    return ca - cb || pa.localeCompare(pb, 'de');
  });
}

/** Validates and saves; returns the problems (as message keys) instead of throwing for bad input. */
export async function saveProfile(
  db: DbOrTx,
  userId: string,
  raw: unknown,
): Promise<{ ok: true; user: User } | { ok: false; problems: ProfileProblem[] }> {
  const parsed = profileInput.safeParse(raw);
  const problems = new Set<ProfileProblem>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key =
        issue.path[0] === 'municipality'
          ? issue.message === 'municipalityUnknown'
            ? 'municipalityUnknown'
            : 'municipalityMissing'
          : issue.message === 'departmentTooLong'
            ? 'departmentTooLong'
            : 'departmentMissing';
      problems.add(key);
    }
    return { ok: false, problems: [...problems] };
  }
  const [m] = await db.select().from(municipalities).where(eq(municipalities.id, parsed.data.municipality));
  if (!m) return { ok: false, problems: ['municipalityUnknown'] };
  const [user] = await db
    .update(users)
    .set({ municipalityId: m.id, department: parsed.data.department })
    .where(eq(users.aadObjectId, userId))
    .returning();
  return { ok: true, user };
}
