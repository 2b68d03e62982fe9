import type { Draft } from '../model';
import type { ExportChoice } from '../wizard/export-panel';
import type { Finding } from '../requirements';
import { exportFileName, offerDownload, packetFileName, redlineFileName } from '../storage/draft-file';
import type { ExportReply, ExportRequest } from './export-protocol';
import type { Unshown } from '../document/unshown';
import { unshownNote } from '../render/unshown';
import { characterInWords } from '../lib/words';

export type ExportFormat = ExportChoice['format'];

export type ExportOutcome =
  | { kind: 'refused'; blocking: Finding[] }
  | { kind: 'unshown'; unshown: Unshown }
  | { kind: 'saved'; name: string; notes: string[] };

export interface ExportProgress {
  step: number;
  of: number;
  words: string;
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { settle: (reply: ExportReply) => void; fail: (error: Error) => void; progress: (p: ExportProgress) => void }>();

function exportWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'MOU export' });
  worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
    const reply = event.data;
    const request = waiting.get(reply.id);
    if (!request) return;
    if (reply.kind === 'progress') return request.progress(reply);
    waiting.delete(reply.id);
    request.settle(reply);
  });
  worker.addEventListener('error', (event) => {
    // The worker could not start (its script did not load): every waiting export fails, and
    // the next one starts a new worker.
    for (const request of waiting.values()) request.fail(new Error(`The export could not start (${event.message || 'the export code did not load'}).`));
    waiting.clear();
    worker?.terminate();
    worker = null;
  });
  return worker;
}

const post = (request: ExportRequest) => exportWorker().postMessage(request);

/**
 * Loads the export code and the fonts in the background, once the first page is idle, so
 * that an export works even if the connection drops later.
 */
export function warmExport(): void {
  post({ kind: 'warm' });
}

/** Sends a request to the worker; a finished file is offered as a download under `name`. */
function request(body: (id: number) => ExportRequest, name: string, onProgress: (p: ExportProgress) => void): Promise<ExportOutcome> {
  const id = ++nextId;
  return new Promise<ExportOutcome>((resolve, reject) => {
    waiting.set(id, {
      progress: onProgress,
      fail: reject,
      settle(reply) {
        if (reply.kind === 'refused') return resolve({ kind: 'refused', blocking: reply.blocking });
        if (reply.kind === 'unshown') return resolve({ kind: 'unshown', unshown: reply.unshown });
        if (reply.kind === 'failed') return reject(new Error(reply.message));
        if (reply.kind !== 'done') return;
        offerDownload(reply.bytes, name, reply.mime);
        const notes = reply.missingGlyphs.length > 0
          ? [unshownNote(reply.missingGlyphs, characterInWords)]
          : [];
        resolve({ kind: 'saved', name, notes });
      },
    });
    post(body(id));
  });
}

/**
 * Whether the final PDFs (the MOU, its report, the signature status sheet) can print the draft's
 * text, asked before the text is certified: null when they can, else what they cannot print.
 */
export function finalPdfsUnshown(draft: Draft, today: string): Promise<Unshown | null> {
  const id = ++nextId;
  return new Promise<Unshown | null>((resolve, reject) => {
    waiting.set(id, {
      progress: () => {},
      fail: reject,
      settle(reply) {
        if (reply.kind === 'failed') return reject(new Error(reply.message));
        resolve(reply.kind === 'unshown' ? reply.unshown : null);
      },
    });
    post({ kind: 'printable', id, draft, today });
  });
}

/** Runs the export gate and renders the MOU (or the compliance report) in the export worker, then offers it as a download. */
export function exportMou(draft: Draft, { final, format, document, comments = false }: ExportChoice, today: string, onProgress: (p: ExportProgress) => void = () => undefined): Promise<ExportOutcome> {
  return request((id) => ({ kind: 'export', id, draft, final, format, today, document, comments }), exportFileName(draft, final, format, document, comments), onProgress);
}

/** Writes the redline Word file (the newer draft's MOU with the changes from the older tracked) in the export worker, then offers it as a download. */
export function exportRedline(older: Draft, newer: Draft, by: { author: string; since: string }, today: string, onProgress: (p: ExportProgress) => void = () => undefined): Promise<ExportOutcome> {
  return request((id) => ({ kind: 'redline', id, older, newer, today, ...by }), redlineFileName(newer, today), onProgress);
}

/** Builds the submission packet in the export worker (refused while a blocking finding stands), then offers it as a download. */
export function exportPacket(draft: Draft, today: string, onProgress: (p: ExportProgress) => void = () => undefined): Promise<ExportOutcome> {
  return request((id) => ({ kind: 'packet', id, draft, today }), packetFileName(draft, today), onProgress);
}
