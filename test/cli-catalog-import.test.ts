// The operator's command, run as a separate process exactly as `npm run catalog:import -- FILE` does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDirectoryLock } from '../db/lock.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));
const fixture = path.join(root, 'test/fixtures/small-catalogue.json');

function importFile(file: string) {
  const r = spawnSync(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/cli/catalog-import.ts', file], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run catalog:import', () => {
  const bad = path.join(dataDir, 'bad.json');

  it('refuses a file with one bad record, naming record and field, and writes nothing', () => {
    const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
    file.seminars[1].capacity = 0;
    fs.writeFileSync(bad, JSON.stringify(file));
    const r = importFile(bad);
    expect(r.code).not.toBe(0);
    expect(r.err).toBe('catalog:import: seminars[1] (id TZG-2027-015): field capacity must be at least 1');
  });

  it('imports a valid file, and a second import reports everything unchanged', () => {
    expect(importFile(fixture)).toMatchObject({ code: 0, out: 'imported: 2 new, 0 updated, 0 unchanged' });
    expect(importFile(fixture)).toMatchObject({ code: 0, out: 'imported: 0 new, 0 updated, 2 unchanged' });
  });

  it('a refused file leaves the database as it was', () => {
    const file = JSON.parse(fs.readFileSync(fixture, 'utf8'));
    file.seminars[0].title = 'Soll nicht ankommen';
    file.seminars[1].sessions = [];
    fs.writeFileSync(bad, JSON.stringify(file));
    expect(importFile(bad).code).not.toBe(0);
    expect(importFile(fixture).out).toBe('imported: 0 new, 0 updated, 2 unchanged');
  });

  it('says clearly when the bot holds the database', () => {
    const lock = acquireDirectoryLock(dataDir, 'the bot');
    try {
      const r = importFile(fixture);
      expect(r.code).not.toBe(0);
      expect(r.err).toContain(
        `catalog:import cannot open ${dataDir} because the bot holds its lock (pid ${process.pid})`,
      );
    } finally {
      lock.release();
    }
  });

  it('names a missing file and invalid JSON', () => {
    expect(importFile(path.join(dataDir, 'nope.json')).err).toMatch(/cannot read .*nope\.json: no such file/);
    fs.writeFileSync(bad, '{ "seminars": [');
    expect(importFile(bad).err).toMatch(/bad\.json is not valid JSON/);
  });
});
