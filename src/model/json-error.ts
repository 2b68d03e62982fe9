/**
 * Where a JSON text first breaks JSON's grammar, as an offset into it; null when it keeps to it.
 * Read only after JSON.parse has refused a file: each engine words that refusal its own way, and
 * some ("Unexpected token ']'", for a comma before a closing bracket, the commonest slip of a hand
 * edit) give no place at all. Found here, the place is the same in every browser and the CLI.
 */
export function jsonErrorAt(text: string): number | null {
  let at = 0;
  const broken = (): never => {
    throw new Broken(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) broken();
    at++;
  };
  const digits = () => {
    const start = at;
    while (at < text.length && text[at]! >= '0' && text[at]! <= '9') at++;
    if (at === start) broken();
  };
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else digits();
    if (text[at] === '.') {
      at++;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      digits();
    }
  };
  const string = () => {
    expect('"');
    for (;;) {
      const code = text.charCodeAt(at);
      // The end of the text, or a control character, which a string may hold only escaped.
      if (Number.isNaN(code) || code < 0x20) broken();
      if (code === 0x22) return void at++;
      if (code !== 0x5c) {
        at++;
        continue;
      }
      at++;
      if (text[at] === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) broken();
        at += 5;
      } else if (at < text.length && '"\\/bfnrt'.includes(text[at]!)) at++;
      else broken();
    }
  };
  // Each value in a list or object, then a comma or its closing bracket.
  const items = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      space();
      item();
      space();
      if (text[at] === ',') at++;
      else return expect(close);
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      return items('}', () => {
        string();
        space();
        expect(':');
        value();
      });
    }
    if (char === '[') return items(']', value);
    if (char === '"') return string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) return void (at += word.length);
    }
    broken();
  };
  try {
    value();
    space();
    if (at < text.length) broken();
    return null;
  } catch (error) {
    // Nested deeper than the stack allows: the place is not known.
    if (error instanceof Broken) return error.at;
    return null;
  }
}

class Broken {
  constructor(readonly at: number) {}
}
