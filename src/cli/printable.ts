/**
 * Text from a draft is shown to a terminal with its control characters escaped ("\u001b"), so a
 * title cannot move the cursor, recolour the screen or hide what follows. Newlines and tabs stay.
 */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * One line of a listing as a terminal shows it: a line break or tab inside a value (a title, a
 * name, a quoted text) is a space, so that the value does not run onto lines of the listing's own.
 */
export const oneLine = (line: string): string => line.replace(/[\r\n\t]+/g, ' ');
