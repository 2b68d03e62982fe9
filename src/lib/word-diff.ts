/** A stretch of text kept, added or removed between an older and a newer text. */
export interface Segment { kind: 'same' | 'added' | 'removed'; text: string }

/**
 * Past this many differing tokens (words and spaces), the texts are shown as one replaced by the
 * other: the trace kept to find the edits grows with the square of their number.
 */
const MAX_EDITS = 1500;

/** Words and the spaces between them, each a token, so that joining the tokens gives the text back. */
const tokens = (text: string): string[] => text.split(/(\s+)/).filter((token) => token !== '');

/**
 * The difference between two texts, word by word: Myers' algorithm ("An O(ND) Difference
 * Algorithm and Its Variations", 1986) over words and spaces, after the common beginning and
 * end are set aside. Time grows with the number of differences, so editing one sentence of a long
 * section is quick; texts that differ everywhere are one removal and one addition.
 */
export function wordDiff(before: string, after: string): Segment[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }

  const out: Segment[] = [];
  const push = (kind: Segment['kind'], text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  for (const [kind, text] of middle(a.slice(start, endA), b.slice(start, endB))) push(kind, text);
  push('same', a.slice(endA).join(''));
  return tidy(out);
}

/**
 * Joins changes separated only by spaces into one removal and one addition, as a reader would
 * mark them: "[-make this MOU-]{+wholly new+}" rather than word against word.
 */
function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  segments.forEach((segment, i) => {
    if (segment.kind === 'removed') removed += segment.text;
    else if (segment.kind === 'added') added += segment.text;
    else if (/^\s+$/.test(segment.text) && (removed || added) && i + 1 < segments.length) {
      removed += segment.text;
      added += segment.text;
    } else {
      flush();
      out.push(segment);
    }
  });
  flush();
  return out;
}

/** The edit script between two token lists, as [kind, text] pairs in order. */
function middle(a: string[], b: string[]): Array<[Segment['kind'], string]> {
  if (a.length === 0 || b.length === 0) return [['removed', a.join('')], ['added', b.join('')]];
  const n = a.length;
  const m = b.length;
  const offset = n + m;
  // v[k + offset]: the furthest x on diagonal k. Before each round d, the diagonals d may read
  // (-d - 1 to d + 1) are kept, to trace the edits back: trace[d][j] is v[j - d - 1 + offset].
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(offset, MAX_EDITS); d++) {
    trace.push(v.slice(Math.max(0, offset - d - 1), offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!) ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[k + offset] = x;
      if (x >= n && y >= m) { found = d; break; }
    }
    if (found >= 0) break;
  }
  if (found < 0) return [['removed', a.join('')], ['added', b.join('')]];

  // Back from the end: each step is one insertion or deletion, after a run of equal tokens.
  const steps: Array<[Segment['kind'], string]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const kept = trace[d]!;
    // offset - d - 1 is never below 0 here: d <= offset.
    const at = (k: number) => kept[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      steps.push(['same', a[--x]!]);
      y--;
    }
    if (down) steps.push(['added', b[--y]!]);
    else steps.push(['removed', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    steps.push(['same', a[--x]!]);
    y--;
  }
  return steps.reverse();
}
