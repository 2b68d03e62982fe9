import type { Draft } from '../model';
import type { Finding } from '../requirements';
import type { Unshown } from '../document/unshown';

/** What the page asks of the export worker. */
export type ExportRequest =
  | { kind: 'warm' }
  | { kind: 'export'; id: number; draft: Draft; final: boolean; format: 'docx' | 'pdf'; today: string;
      /** The MOU, or the compliance report that goes beside it. */
      document: 'mou' | 'report';
      /** A draft MOU's Word file carries the open comments in its margin. */
      comments?: boolean }
  /** The submission packet: the final MOU, report and signature status sheet, and the draft file, in one zip. */
  | { kind: 'packet'; id: number; draft: Draft; today: string }
  /** Whether the packet's final PDFs can print the draft's text (asked before certifying): `unshown`, or `printable`. */
  | { kind: 'printable'; id: number; draft: Draft; today: string }
  /** The newer draft's MOU with the changes from the older as Word tracked changes by `author`. */
  | { kind: 'redline'; id: number; older: Draft; newer: Draft; today: string; author: string; since: string };

/** What the worker answers, each message naming the request it belongs to. */
export type ExportReply =
  | { id: number; kind: 'progress'; step: number; of: number; words: string }
  | { id: number; kind: 'refused'; blocking: Finding[] }
  /** A final PDF refused: its font cannot show these characters of the draft. */
  | { id: number; kind: 'unshown'; unshown: Unshown }
  | { id: number; kind: 'done'; bytes: Uint8Array; mime: string; missingGlyphs: string[] }
  /** Every final PDF can print the draft's text. */
  | { id: number; kind: 'printable' }
  | { id: number; kind: 'failed'; message: string };
