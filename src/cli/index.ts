/**
 * The `ticketkit` command (the package's `bin`). See `ticketkit --help`; the commands live in ./main.ts.
 */
import { main } from './main.js';

// The exit code is set rather than forced, so that whatever was written to a piped stdout is flushed first.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
