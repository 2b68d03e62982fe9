// Turns a Handlebars template (templates/**/*.hbs) into an ES module whose default export is the
// precompiled template spec. Used by Vite (app, tests) and by the CLI's Node loader, so the
// browser never compiles a template and needs no 'unsafe-eval'.
import Handlebars from 'handlebars';

/** Templates may use Handlebars' built-in block helpers and nothing else. */
export const KNOWN_HELPERS = { if: true, unless: true, each: true, with: true };

/** @param {string} source @param {string} file */
export function precompileTemplate(source, file) {
  let spec;
  try {
    spec = Handlebars.precompile(source, {
      // A missing field is a bug in the view, not an empty string.
      strict: true,
      knownHelpers: KNOWN_HELPERS,
      knownHelpersOnly: true,
      // Keep the markup's whitespace exactly as written: paragraphs are one line each.
      preventIndent: true,
    });
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return `export default ${spec};\n`;
}
