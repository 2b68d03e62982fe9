import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext } from 'playwright-core';
import type { TestContext } from 'vitest';

/**
 * Records a Playwright trace of the test, and if the test fails, keeps it in the temporary folder
 * and prints its calls with their times: for a failure seen only under CI's load, where the log is
 * all there is to read. No snapshots or screenshots: the calls' times are what is wanted.
 */
export async function traceOnFailure(context: BrowserContext, { task, onTestFinished }: TestContext) {
  await context.tracing.start({ snapshots: false, screenshots: false });
  onTestFinished(async () => {
    if (task.result?.state !== 'fail') return context.tracing.stop();
    const folder = path.join(tmpdir(), 'csec-mou-traces');
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, `${task.name.slice(0, 40).replace(/\W+/g, '-')}-${Date.now()}.zip`);
    await context.tracing.stop({ path: file });
    console.error(`Trace of the failed test (${file}):\n${traceCalls(await readFile(file)).join('\n')}`);
  });
}

interface TraceEvent {
  type: string;
  callId?: string;
  startTime?: number;
  endTime?: number;
  time?: number;
  class?: string;
  method?: string;
  params?: Record<string, unknown>;
  message?: string;
  error?: { error?: { message?: string } };
}

/** Each call of a trace: when it started (seconds from the first), how long it took, what it was. */
export function traceCalls(zip: Uint8Array): string[] {
  const text = strFromU8(unzipSync(zip)['trace.trace']!);
  const events = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as TraceEvent);
  const ends = new Map(events.filter((e) => e.type === 'after').map((e) => [e.callId, e]));
  const lastLog = new Map(events.filter((e) => e.type === 'log').map((e) => [e.callId, e.message]));
  const calls = events.filter((e) => e.type === 'before');
  const first = calls[0]?.startTime ?? 0;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const lines = calls.map((call) => {
    const end = ends.get(call.callId);
    const what = String(call.params?.selector ?? call.params?.expression ?? call.params?.url ?? '').replace(/\s+/g, ' ').slice(0, 90);
    const took = end?.endTime === undefined ? 'unfinished' : `${seconds(end.endTime - call.startTime!)} s`;
    const error = end?.error?.error?.message?.split('\n')[0];
    const log = end ? '' : ` (last: ${lastLog.get(call.callId) ?? 'nothing logged'})`;
    return { at: `  +${seconds(call.startTime! - first)} s, `, text: `${took}: ${call.class}.${call.method} ${what}${error ? ` FAILED ${error}` : ''}${log}` };
  });
  // A poll's calls, alike, as one line.
  return lines.flatMap((line, i) => {
    if (lines[i - 1]?.text === line.text) return [];
    let times = 1;
    while (lines[i + times]?.text === line.text) times += 1;
    return [`${line.at}${line.text}${times > 1 ? ` (${times} times)` : ''}`];
  });
}
