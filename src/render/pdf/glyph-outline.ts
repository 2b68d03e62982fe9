import type { OutlinePoint, TrueTypeFont } from '../font/truetype';
import { num } from './content';

/** PDF path operators (m, l, c, h) and their bounding box [minX, minY, maxX, maxY]. */
export interface Outline { path: string; box: [number, number, number, number] }

/** A path command on a glyph's outline, in font units: move, line, quadratic curve (control point, end) or close. */
export type PathCommand =
  | { command: 'moveTo' | 'lineTo'; args: [number, number] }
  | { command: 'quadraticCurveTo'; args: [number, number, number, number] }
  | { command: 'closePath'; args: [] };

/**
 * A glyph's contours as path commands. Between two off-curve points of a TrueType contour lies an
 * implied on-curve point halfway; a contour that starts off the curve starts at its last point, or
 * halfway between its last and first.
 */
export function pathCommands(contours: readonly OutlinePoint[][]): PathCommand[] {
  const commands: PathCommand[] = [];
  for (const contour of contours) {
    if (contour.length === 0) continue;
    const last = contour[contour.length - 1]!;
    let first = contour[0]!;
    let start = 0;
    let control: OutlinePoint | null = null;
    if (first.onCurve) start = 1;
    else {
      first = last.onCurve ? last : { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2, onCurve: false };
      control = first;
    }
    commands.push({ command: 'moveTo', args: [first.x, first.y] });
    for (let j = start; j < contour.length; j++) {
      const point = contour[j]!;
      const previous = j === 0 ? first : contour[j - 1]!;
      if (previous.onCurve && point.onCurve) commands.push({ command: 'lineTo', args: [point.x, point.y] });
      else if (previous.onCurve) control = point;
      else if (!point.onCurve) {
        commands.push({ command: 'quadraticCurveTo', args: [previous.x, previous.y, (previous.x + point.x) / 2, (previous.y + point.y) / 2] });
        control = point;
      } else {
        commands.push({ command: 'quadraticCurveTo', args: [control!.x, control!.y, point.x, point.y] });
        control = null;
      }
    }
    if (control) commands.push({ command: 'quadraticCurveTo', args: [control.x, control.y, first.x, first.y] });
    commands.push({ command: 'closePath', args: [] });
  }
  return commands;
}

/**
 * The outlines of `text` set in `font`, in thousandths of an em from the start of its baseline,
 * y up, for drawing letters as shapes (the DRAFT mark, watermark.ts).
 */
export function outline(font: TrueTypeFont, text: string): Outline {
  const scale = 1000 / font.unitsPerEm;
  let x = 0;
  let path = '';
  const box: Outline['box'] = [0, 0, 0, 0];
  for (const char of text) {
    const glyph = font.glyphId(char.codePointAt(0) ?? 0);
    const commands = pathCommands(font.contours(glyph));
    path += glyphPath(commands, (px, py) => `${num(x + px * scale)} ${num(py * scale)}`);
    for (const { args } of commands) {
      for (let i = 0; i < args.length; i += 2) {
        box[0] = Math.min(box[0], x + args[i]! * scale);
        box[1] = Math.min(box[1], args[i + 1]! * scale);
        box[2] = Math.max(box[2], x + args[i]! * scale);
        box[3] = Math.max(box[3], args[i + 1]! * scale);
      }
    }
    x += font.advance(glyph) * scale;
  }
  return { path, box };
}

/** One glyph's path commands as PDF path operators; TrueType's quadratic curves become the cubics that draw the same curve. */
function glyphPath(commands: readonly PathCommand[], point: (x: number, y: number) => string): string {
  let path = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const { command, args: a } of commands) {
    switch (command) {
      case 'moveTo': path += `${point(a[0], a[1])} m\n`; [startX, startY] = [a[0], a[1]]; break;
      case 'lineTo': path += `${point(a[0], a[1])} l\n`; break;
      case 'quadraticCurveTo': {
        const [qx, qy, ex, ey] = a;
        // The cubic's control points lie two thirds of the way from each end to the quadratic's.
        path += `${point(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))} ${point(ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey))} ${point(ex, ey)} c\n`;
        break;
      }
      case 'closePath': path += 'h\n'; [x, y] = [startX, startY]; continue;
    }
    [x, y] = [a[a.length - 2]!, a[a.length - 1]!];
  }
  return path;
}
