import type { Metrics } from './metrics';
import { num } from './content';
import { PAGE, WATERMARK } from './styles';
import type { PdfWriter } from './writer';

/**
 * The DRAFT mark as a form XObject, written once and painted on every page with `Do`: the same
 * outlines on 60 pages would otherwise be built, written and compressed 60 times.
 *
 * Drawn as outlines, not text: as text it would be extracted letter by letter into the middle of
 * the page's words, breaking search and copying. The header says DRAFT in words.
 */
export function watermarkXObject(writer: PdfWriter, metrics: Metrics): number {
  const { size, angle, text, face, gray } = WATERMARK;
  const width = metrics.width(text, face, size);
  const height = 0.7 * size; // about the height of capitals
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Rotation turns the text about its start, so start where the centre of the turned text is the page's.
  const x = PAGE.width / 2 - ((width / 2) * cos - (height / 2) * sin);
  const y = PAGE.height / 2 - ((width / 2) * sin + (height / 2) * cos);
  const scale = size / 1000;
  const { path, box } = metrics.outline(text, face);
  // The matrix takes the outline's thousandths of an em to the page: scaled, turned, moved.
  const matrix = [scale * cos, scale * sin, -scale * sin, scale * cos, x, y].map(num).join(' ');
  return writer.stream(`/Type/XObject/Subtype/Form/BBox[${box.map(num).join(' ')}]/Matrix[${matrix}]`, `${num(gray)} g\n${path}f\n`);
}
