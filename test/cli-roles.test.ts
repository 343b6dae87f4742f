// The operator's command, run as a separate process exactly as `npm run roles -- …` does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-roles-'));
const fixture = path.join(root, 'test/fixtures/small-catalogue.json');

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--no-deprecation', '--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'false' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}
const roles = (...args: string[]) => run('src/cli/roles.ts', ...args);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run roles on a database the bot has never started', () => {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-roles-fresh-'));
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  it('loads the demo catalogue first, as npm start would, so a guide of a demo municipality can be granted', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--no-deprecation',
        '--import',
        'tsx',
        'src/cli/roles.ts',
        'grant',
        'guide',
        'guide@kommune.example',
        '--municipality',
        'neuss',
      ],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: fresh, DATABASE_URL: '', SEED_DEMO: '' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.stderr.trim()).toBe('');
    expect(r.stdout.trim()).toBe('granted: guide of neuss to guide@kommune.example');
    expect(r.status).toBe(0);
  });
});

describe('npm run roles', () => {
  it('refuses an unknown municipality with one clear line', () => {
    const r = roles('grant', 'guide', 'guide@kommune.example', '--municipality', 'neuss');
    expect(r.code).not.toBe(0);
    expect(r.err).toBe('roles: unknown municipality "neuss" (import it with the catalogue first)');
  });

  it('grants a guide by e-mail and an admin by object id, and lists them', () => {
    expect(run('src/cli/catalog-import.ts', fixture).code).toBe(0);
    expect(roles('grant', 'guide', 'Guide@Kommune.example', '--municipality', 'neuss')).toMatchObject({
      code: 0,
      out: 'granted: guide of neuss to guide@kommune.example',
    });
    expect(roles('grant', 'admin', '00000000-0000-4000-8000-0000000000AD')).toMatchObject({
      code: 0,
      out: 'granted: admin to 00000000-0000-4000-8000-0000000000ad',
    });
    expect(roles('grant', 'guide', 'guide@kommune.example', '--municipality=neuss').out).toBe(
      'unchanged: guide@kommune.example already is guide of neuss',
    );
    const list = roles('list');
    expect(list.code).toBe(0);
    expect(list.out.split('\n').map((l) => l.split('\t').slice(0, 2).join(' | '))).toEqual([
      'admin | 00000000-0000-4000-8000-0000000000ad',
      'guide of neuss | guide@kommune.example',
    ]);
  });

  it('revokes, and says so when there was nothing to revoke', () => {
    expect(roles('revoke', 'guide', 'guide@kommune.example', '--municipality', 'neuss')).toMatchObject({
      code: 0,
      out: 'revoked: guide of neuss from guide@kommune.example',
    });
    const again = roles('revoke', 'guide', 'guide@kommune.example');
    expect(again.code).not.toBe(0);
    expect(again.err).toBe('roles: guide@kommune.example has no role guide');
  });

  it('names what is wrong with the arguments', () => {
    expect(roles().err).toMatch(/^roles: usage: npm run roles -- grant guide USER --municipality ID/);
    expect(roles('grant', 'guide', 'guide@kommune.example').err).toBe('roles: grant guide needs --municipality ID');
    expect(roles('grant', 'boss', 'a@b.de').err).toBe('roles: ROLE must be guide or admin');
    expect(roles('grant', 'admin', 'bob').err).toBe(
      'roles: USER "bob" is neither an Entra object id nor an e-mail address',
    );
    expect(roles('frob').err).toMatch(/^roles: unknown command "frob"/);
    expect(roles('grant', 'admin', 'a@b.de', '--municipality', 'neuss').err).toBe(
      'roles: an admin is not tied to a municipality; drop --municipality',
    );
    for (const r of [roles(), roles('frob')]) expect(r.code).not.toBe(0);
  });
});
