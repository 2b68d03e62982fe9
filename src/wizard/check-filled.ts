/**
 * Checks a small form's required fields all at once, focusing the first that is empty; returns the
 * error words by field id, for the message at each field (aria-invalid, aria-describedby). Focus
 * on the first reads its message: several alerts at once would be announced only the last.
 */
export function checkFilled(fields: Array<{ id: string; value: string; missing: string }>): Record<string, string> {
  const errors = Object.fromEntries(fields.filter((f) => !f.value.trim()).map((f) => [f.id, f.missing]));
  const first = fields.find((f) => errors[f.id]);
  if (first) document.getElementById(first.id)?.focus();
  return errors;
}
