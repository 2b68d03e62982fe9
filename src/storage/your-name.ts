/**
 * The name a person last signed a comment, reply or verdict with in this browser, so that each
 * form does not ask again. Kept in localStorage only; nothing leaves the browser.
 */
const KEY = 'csec-mou:your-name';

/** The app's way to remember it (wizard/your-name.ts). */
export const yourName = { get: rememberedName, remember: rememberName };

export function rememberedName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // A browser that keeps nothing asks for the name again next time: nothing is lost.
  }
}
