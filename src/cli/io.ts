import { readFile, stat } from 'node:fs/promises';
import { printable } from './printable';
import { describeRestoreError, LIMITS, repairsInBrief, restoreDraft, type Draft } from '../model';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, blocking: 1, differences: 1, unreadable: 2 } as const;

export class UsageError extends Error {}

/** Reads FILE through restoreDraft; on failure says why on stderr and returns null. */
export async function readDraftArgument(file: string, io: Io): Promise<Draft | null> {
  let text: string;
  try {
    // A file far past the size limit is refused before it is read into memory (UTF-8 takes at
    // most four bytes a character).
    const { size } = await stat(file);
    if (size > LIMITS.fileChars * 4) {
      io.err(`Cannot open ${file} as a draft. ${describeRestoreError({ kind: 'tooLarge', exceeded: { limit: 'fileBytes', actual: size } }).replace(' Your current work has not been changed.', '')}\n`);
      return null;
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    io.err(`Cannot read ${file}: ${why}.\n`);
    return null;
  }
  const restored = restoreDraft(text);
  if (!restored.ok) {
    io.err(printable(`Cannot open ${file} as a draft. ${describeRestoreError(restored.error).replace(' Your current work has not been changed.', '')}\n`));
    return null;
  }
  // Warnings and notes go to stderr so that --json output stays clean.
  if (restored.value.integrity === 'mismatch') {
    io.err(printable(`Warning: ${file} was changed after it was saved: its contents do not match the checksum the app wrote into it (edited by hand or damaged on the way). Check its answers.\n`));
  }
  for (const repair of repairsInBrief(restored.value.repairs)) io.err(printable(`Note: ${repair}\n`));
  return restored.value.draft;
}

/**
 * Splits arguments into positional ones, flags and options that take a value, refusing
 * anything else with a usage error.
 */
export function parseArguments(args: readonly string[], spec: { flags: string[]; values: string[] }) {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (spec.flags.includes(arg)) flags.add(arg);
    else if (spec.values.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      values.set(arg, value);
    } else throw new UsageError(`Unknown option ${arg}.`);
  }
  return { positional, flags, values };
}
