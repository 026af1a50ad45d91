// node --test ci/log-lines.test.mjs (run by ci/up-check)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shorten } from './log-lines.mjs';

const event = (fields) => `[inventory] ${JSON.stringify({ level: 'INFO', loggerName: 'x', ...fields })}`;

test('an event becomes its level and message', () => {
  assert.equal(shorten(event({ formattedMessage: 'Startup completed in 812ms', throwable: null })),
    '[inventory] INFO Startup completed in 812ms');
});

test('quotes, backslashes and slashes in a message come out as written', () => {
  assert.equal(shorten(event({ formattedMessage: 'GET /a "b" \\c', throwable: null })),
    '[inventory] INFO GET /a "b" \\c');
});

test('an exception is named with its message, or alone when it has none', () => {
  const thrown = { className: 'java.net.ConnectException', message: 'Connection refused', stepArray: [] };
  assert.equal(shorten(event({ level: 'ERROR', formattedMessage: 'no db', throwable: thrown })),
    '[inventory] ERROR no db (java.net.ConnectException: Connection refused)');
  assert.equal(shorten(event({ level: 'WARN', formattedMessage: 'odd', throwable: { className: 'E' } })),
    '[inventory] WARN odd (E)');
});

test('anything that is not an event passes unchanged', () => {
  for (const line of ['up: starting auth on port 4001', '[gateway] {not json', '[auth] {"a":1}',
    '[auth] 12:00:01 banner', '']) {
    assert.equal(shorten(line), line);
  }
});
