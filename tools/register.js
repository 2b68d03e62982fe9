// Lets Node run the TypeScript sources directly (tsx) and import the MOU's .hbs templates
// precompiled and our WebAssembly compiled, as Vite does for the app (node-hooks.js). Used by the
// CLI and `npm run bench`.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook('./node-hooks.js', import.meta.url);
register();
