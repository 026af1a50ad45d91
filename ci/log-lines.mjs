// Shortens the platform's JSON log events for a terminal: a line "[name] {json}" becomes
// "[name] LEVEL message (ExceptionClass: its message)"; any other line passes as it is, so
// nothing a process writes is lost. ci/up sends its whole output through this one process.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export function shorten(line) {
  const start = line.indexOf('] {');
  if (!line.startsWith('[') || start < 0) return line;
  let event;
  try {
    event = JSON.parse(line.slice(start + 2));
  } catch {
    return line;
  }
  if (typeof event !== 'object' || event === null || typeof event.level !== 'string') return line;
  const thrown = event.throwable;
  const cause = thrown && typeof thrown === 'object'
    ? ` (${thrown.className}${thrown.message ? `: ${thrown.message}` : ''})` : '';
  return `${line.slice(0, start + 1)} ${event.level} ${event.formattedMessage ?? ''}${cause}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Ctrl-C reaches every process of the terminal: this one ends when ci/up's output does, so
  // the lines ci/up writes while stopping are still shown.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => process.stdout.write(`${shorten(line)}\n`));
}
