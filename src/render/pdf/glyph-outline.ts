import type { Font } from '@pdf-lib/fontkit';
import { num } from './content';

/** PDF path operators (m, l, c, h) and their bounding box [minX, minY, maxX, maxY]. */
export interface Outline { path: string; box: [number, number, number, number] }

/** fontkit's path commands, which its type declarations leave out. */
interface PathCommand { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }

/**
 * The outlines of `text` set in `font`, in thousandths of an em from the start of its baseline,
 * y up, for drawing letters as shapes (the DRAFT mark, watermark.ts).
 */
export function outline(font: Font, text: string): Outline {
  const scale = 1000 / font.unitsPerEm;
  let x = 0;
  let path = '';
  const box: Outline['box'] = [0, 0, 0, 0];
  for (const char of text) {
    const glyph = font.glyphForCodePoint(char.codePointAt(0) ?? 0);
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
    path += glyphPath(commands, (px, py) => `${num(x + px * scale)} ${num(py * scale)}`);
    const { minX, minY, maxX, maxY } = glyph.bbox;
    box[0] = Math.min(box[0], x + minX * scale);
    box[1] = Math.min(box[1], minY * scale);
    box[2] = Math.max(box[2], x + maxX * scale);
    box[3] = Math.max(box[3], maxY * scale);
    x += glyph.advanceWidth * scale;
  }
  return { path, box };
}

/** One glyph's contours as PDF path operators; TrueType's quadratic curves become the cubics that draw the same curve. */
function glyphPath(commands: readonly PathCommand[], point: (x: number, y: number) => string): string {
  let path = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const { command, args: a } of commands) {
    switch (command) {
      case 'moveTo': path += `${point(a[0]!, a[1]!)} m\n`; [startX, startY] = [a[0]!, a[1]!]; break;
      case 'lineTo': path += `${point(a[0]!, a[1]!)} l\n`; break;
      case 'quadraticCurveTo': {
        const [qx, qy, ex, ey] = a as [number, number, number, number];
        // The cubic's control points lie two thirds of the way from each end to the quadratic's.
        path += `${point(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))} ${point(ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey))} ${point(ex, ey)} c\n`;
        break;
      }
      case 'bezierCurveTo': path += `${point(a[0]!, a[1]!)} ${point(a[2]!, a[3]!)} ${point(a[4]!, a[5]!)} c\n`; break;
      case 'closePath': path += 'h\n'; [x, y] = [startX, startY]; continue;
    }
    [x, y] = [a[a.length - 2]!, a[a.length - 1]!];
  }
  return path;
}
