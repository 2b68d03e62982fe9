// Where a PDF export's time goes, step by step, cold against warm. A step's milliseconds run
// from the end of the step before (or the start) to its own end, as renderPdf reports them.
import type { MouDocument } from '../../src/document';
import type { PdfFonts } from '../../src/render/pdf';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { median } from './timing';

export type StepTimes = Record<string, number>;

export function stepTimer(start = performance.now()): { ms: StepTimes; onStep: (step: string) => void } {
  const ms: StepTimes = {};
  let last = start;
  return {
    ms,
    onStep: (step) => {
      const now = performance.now();
      ms[step] = now - last;
      last = now;
    },
  };
}

/** Each step's median over `runs` warm exports (after one warm-up); the fonts are already read. */
export async function warmSteps(doc: MouDocument, fonts: PdfFonts, runs: number): Promise<StepTimes> {
  const samples: StepTimes[] = [];
  for (let i = 0; i <= runs; i++) {
    const steps = stepTimer();
    steps.onStep('fonts read');
    await renderPdf(doc, fonts, { deflate: nodeDeflate, onStep: steps.onStep });
    if (i > 0) samples.push(steps.ms);
  }
  return medians(samples);
}

/** Each step's median across runs. */
export function medians(samples: StepTimes[]): StepTimes {
  const steps = Object.keys(samples[0] ?? {});
  return Object.fromEntries(steps.map((step) => [step, median(samples.map((sample) => sample[step] ?? 0))]));
}

/**
 * The PDF export step by step, cold against warm, and what the cold export would be against the
 * warm one if any one step ran as fast cold as it does warm: whether a step compiled ahead of
 * time (a layout in WebAssembly, say), which needs no warming, could bring a cold export within
 * 3× a warm one on its own.
 */
export function stepTable(cold: StepTimes, warm: StepTimes): string {
  const total = (times: StepTimes) => Object.values(times).reduce((sum, ms) => sum + ms, 0);
  const coldTotal = total(cold);
  const warmTotal = total(warm);
  // The two steps that lose the most time to being cold.
  const lost = (step: string) => cold[step]! - (warm[step] ?? 0);
  const two = Object.keys(cold).sort((a, b) => lost(b) - lost(a)).slice(0, 2);
  const gain = (steps: string[]) => steps.reduce((sum, step) => sum + lost(step), 0);
  const rows = Object.keys(cold).map((step) => {
    const c = cold[step]!;
    const w = warm[step] ?? 0;
    const ratio = w >= 0.05 ? `${(c / w).toFixed(1)}×` : '–';
    return `| ${step} | ${c.toFixed(1)} ms | ${w.toFixed(1)} ms | ${ratio} | ${((coldTotal - gain([step])) / warmTotal).toFixed(1)}× |`;
  });
  return [
    '',
    `Our PDF export step by step, medians of the same runs (steps summed: cold ${coldTotal.toFixed(0)} ms, warm ${warmTotal.toFixed(0)} ms, ${(coldTotal / warmTotal).toFixed(1)}×):`,
    '',
    '| step | cold | warm | cold ÷ warm | whole export, cold ÷ warm, were this step as fast cold as warm |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `Were both ${two.join(' and ')} as fast cold as warm, a cold export would take ${((coldTotal - gain(two)) / warmTotal).toFixed(1)}× a warm one.`,
  ].join('\n');
}
