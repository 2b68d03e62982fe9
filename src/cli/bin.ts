import { run } from './main';
import { printable } from './printable';

// A reader that goes away early (`| head`, `| grep -q`) is not an error of ours: what it did not
// read is dropped, and the command's own exit status stands, with no stack trace.
const dropWhenClosed = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', dropWhenClosed);
process.stderr.on('error', dropWhenClosed);

// Whatever reaches the terminal has its control characters escaped; --json output has none.
process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(printable(text)),
  err: (text) => process.stderr.write(printable(text)),
});
