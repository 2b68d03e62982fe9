import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A write that could not be done, in one line for the person at the terminal. */
export class WriteError extends Error {}

const WHY: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'every temporary name tried beside it was already taken',
  ENAMETOOLONG: 'its name is too long for the disk',
  ELOOP: 'a link in its path leads back to itself',
};

const because = (path: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new WriteError(`Cannot write ${path}: ${WHY[code] ?? (error as Error).message}.`);
};

// Temporary files of the write under way, removed if the process is interrupted.
const pending = new Set<string>();
let handling = false;
function removePendingOnInterrupt() {
  if (handling) return;
  handling = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void Promise.all([...pending].map((file) => rm(file, { force: true }))).finally(() => process.exit(130));
    });
  }
}

/**
 * Where a write's temporary file goes: a fresh random name beside its target, which starts with
 * the target's name (cut short, so that a name the disk takes is never refused for the longer
 * temporary one).
 */
export type TemporaryName = (path: string) => string;
const randomName: TemporaryName = (path) => join(dirname(path), `.${[...basename(path)].slice(0, 40).join('')}.${randomBytes(6).toString('hex')}.partial`);

/** Names tried before giving up when each is already taken (planted, or a very unlikely clash). */
const ATTEMPTS = 5;

/**
 * Creates a temporary file beside `path` exclusively (never through an existing file or link: a
 * name already taken is passed over for another) and writes it. It takes the permissions of the
 * file it replaces, or the usual ones for a new file.
 */
async function writeTemporary(path: string, bytes: Uint8Array, mode: number | null, name: TemporaryName): Promise<string> {
  let temporary = '';
  let handle;
  for (let attempt = 1; !handle; attempt++) {
    temporary = name(path);
    try {
      handle = await open(temporary, 'wx', mode === null ? 0o666 : 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === ATTEMPTS) throw because(path, error);
    }
  }
  pending.add(temporary);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    if (mode !== null) await chmod(temporary, mode);
    return temporary;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    pending.delete(temporary);
    throw because(path, error);
  }
}

const modeOf = async (path: string) => {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WriteError(`Cannot write ${path}: it is a folder.`);
    // The new file is renamed over the old, which the folder's permissions allow even where the
    // file's own forbid writing to it: a file made read-only (or another user's) stays as it is.
    await access(path, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EACCES' || error.code === 'EPERM') throw new WriteError(`Cannot write ${path}: the file is read-only.`);
    });
    return info.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    return null;
  }
};

/**
 * Writes every file or none: each goes to an exclusive temporary file beside its target first,
 * and only when all are written are they renamed into place. A failure or an interrupt leaves
 * the targets as they were and no temporary file behind.
 */
export async function writeAll(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>, name: TemporaryName = randomName): Promise<void> {
  removePendingOnInterrupt();
  const written: Array<{ path: string; temporary: string }> = [];
  try {
    for (const { path, bytes } of files) written.push({ path, temporary: await writeTemporary(path, bytes, await modeOf(path), name) });
    for (const { path, temporary } of written) {
      try {
        await rename(temporary, path);
      } catch (error) {
        throw because(path, error);
      }
      pending.delete(temporary);
    }
  } finally {
    for (const { temporary } of written) if (pending.has(temporary)) await rm(temporary, { force: true });
    for (const { temporary } of written) pending.delete(temporary);
  }
}

/** The file a path names, following links, so that two spellings of one file compare equal. */
export async function fileIdentity(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    try {
      return join(await realpath(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}
