// A lock file for the PGlite data directory: PGlite has no lock of its own, and two processes on one directory
// corrupt it. The file holds the owner's pid; a lock whose process is gone is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';

export interface DirectoryLock {
  file: string;
  release(): void;
}

export class DatabaseLockedError extends Error {}

interface LockInfo {
  pid: number;
  owner: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireDirectoryLock(dir: string, owner: string, shownDir = dir): DirectoryLock {
  const file = path.join(dir, 'seminar-lotse.lock');
  const info: LockInfo = { pid: process.pid, owner, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { file, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = readLock(file);
      if (held && isAlive(held.pid)) {
        throw new DatabaseLockedError(
          `${owner} cannot open ${shownDir} because ${held.owner} holds its lock (pid ${held.pid}); stop it or set DATABASE_URL`,
        );
      }
      // Stale lock of a process that is gone (or unreadable): remove it and try once more.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(`${owner} cannot lock ${shownDir}; remove ${file} if no other process uses it`);
}
