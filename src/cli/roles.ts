// npm run roles -- grant guide USER --municipality ID | grant admin USER | revoke ROLE USER [--municipality ID] | list
// USER is an Entra object id or an e-mail/UPN; a grant by e-mail applies as soon as that person writes to the bot.
import { z } from 'zod';
import { openDatabase } from '../../db/client.js';
import { buildDemoCatalogue } from '../../db/demo-catalogue.js';
import { migrateDatabase } from '../../db/migrate.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/clock.js';
import { catalogueIsEmpty, importCatalogue } from '../domain/catalogue-import.js';
import { grantRole, listRoles, normalizePrincipal, revokeRole } from '../domain/roles.js';
import { runCli, UsageError } from './run.js';

const USAGE =
  'usage: npm run roles -- grant guide USER --municipality ID | grant admin USER | revoke ROLE USER [--municipality ID] | list';
const ACTOR = 'roles:cli';

const principal = z.string().refine(
  (v) => {
    try {
      normalizePrincipal(v);
      return true;
    } catch {
      return false;
    }
  },
  (v) => ({ message: `USER "${v}" is neither an Entra object id nor an e-mail address` }),
);
const role = z.enum(['guide', 'admin'], { errorMap: () => ({ message: 'ROLE must be guide or admin' }) });
const municipality = z.string().trim().min(1, '--municipality needs an ID');

const commandSchema = z
  .discriminatedUnion('command', [
    z.object({ command: z.literal('list') }),
    z.object({ command: z.literal('grant'), role, user: principal, municipality: municipality.optional() }),
    z.object({ command: z.literal('revoke'), role, user: principal, municipality: municipality.optional() }),
  ])
  .superRefine((c, ctx) => {
    if (c.command === 'list') return;
    if (c.command === 'grant' && c.role === 'guide' && !c.municipality) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'grant guide needs --municipality ID' });
    }
    if (c.role === 'admin' && c.municipality) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'an admin is not tied to a municipality; drop --municipality',
      });
    }
  });
type Command = z.infer<typeof commandSchema>;

/** argv → a validated command, or a UsageError with one line. */
function parseRolesArgs(args: string[]): Command {
  const positional: string[] = [];
  let municipalityId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--municipality' || a === '-m') {
      if (i + 1 >= args.length) throw new UsageError('--municipality needs an ID');
      municipalityId = args[++i];
    } else if (a.startsWith('--municipality=')) {
      municipalityId = a.slice('--municipality='.length);
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option ${a}; ${USAGE}`);
    } else positional.push(a);
  }
  const [command, r, user, ...rest] = positional;
  if (!command) throw new UsageError(USAGE);
  if (rest.length || (command === 'list' && (r || user))) throw new UsageError(`too many arguments; ${USAGE}`);
  if ((command === 'grant' || command === 'revoke') && (!r || !user))
    throw new UsageError(`${command} needs ROLE and USER; ${USAGE}`);
  const parsed = commandSchema.safeParse({ command, role: r, user, municipality: municipalityId });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      issue.code === 'invalid_union_discriminator' ? `unknown command "${command}"; ${USAGE}` : issue.message,
    );
  }
  return parsed.data;
}

runCli('roles', async (args) => {
  const cmd = parseRolesArgs(args);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, owner: 'roles' });
  try {
    await migrateDatabase(database);
    const now = systemClock.now();
    const db = database.db;
    // The same start as `npm start`: an empty database gets the demo catalogue (and so its municipalities), so a
    // role can be granted before the bot ever ran.
    if (config.SEED_DEMO && (await catalogueIsEmpty(db))) {
      await importCatalogue(db, buildDemoCatalogue(now), { now, actor: 'demo' });
    }
    if (cmd.command === 'list') {
      const grants = await listRoles(db);
      if (!grants.length) console.log('no roles granted');
      for (const g of grants) {
        const what = g.role === 'guide' ? `guide of ${g.municipalityId}` : 'admin';
        const who = g.userName ? `${g.principal} (${g.userName})` : g.principal;
        console.log(`${what}\t${who}\tgranted by ${g.grantedBy} at ${g.grantedAt.toISOString()}`);
      }
      return;
    }
    const input = { principal: cmd.user, role: cmd.role, municipalityId: cmd.municipality ?? null, actor: ACTOR };
    const what = cmd.role === 'guide' && cmd.municipality ? `guide of ${cmd.municipality}` : cmd.role;
    if (cmd.command === 'grant') {
      const r = await grantRole(db, input, now);
      console.log(r.created ? `granted: ${what} to ${r.principal}` : `unchanged: ${r.principal} already is ${what}`);
    } else {
      const r = await revokeRole(db, input, now);
      if (!r.removed) throw new UsageError(`${r.principal} has no role ${what}`);
      console.log(`revoked: ${what} from ${r.principal}`);
    }
  } finally {
    await database.close();
  }
});
