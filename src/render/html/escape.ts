const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: markup characters escaped, and characters HTML cannot carry dropped. */
export function escapeHtml(text: string): string {
  return text
    // C0 controls other than tab and newline, and noncharacters, are not allowed in HTML text.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
