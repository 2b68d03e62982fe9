// Lets Node run the TypeScript sources directly (tsx) and import the MOU's .hbs templates
// precompiled, as Vite does for the app. Used by the CLI and `npm run bench`.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

registerHook('./handlebars-node-hooks.js', import.meta.url);
register();
