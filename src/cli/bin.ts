import { run } from './main';
import { printable } from './printable';

// Whatever reaches the terminal has its control characters escaped; --json output has none.
process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(printable(text)),
  err: (text) => process.stderr.write(printable(text)),
});
