/**
 * The name a person last signed a comment, reply or verdict with in this browser, so that each
 * form does not ask again. Kept in localStorage only; nothing leaves the browser.
 */
const KEY = 'csec-mou:your-name';

/** The one way to read and remember it: the app reads it here, and gives it to the wizard's forms as their context (wizard/your-name.ts). */
export const yourName = { get: rememberedName, remember: rememberName };

function rememberedName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // A browser that keeps nothing asks for the name again next time: nothing is lost.
  }
}
