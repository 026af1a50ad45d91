// The fault suite's events part (see ci/faults): a partner's webhook receiver for inventory's
// events, registered through the gateway, which is itself down for a while during the run; then
// what must hold whatever failed: every acknowledged reservation and commit has its event, no
// event exists for a write that was not made, every event reached the receiver (a duplicate
// with its id and body unchanged), each resource's events in order, and the last stock event of
// each product is its stock as stored.
import { createServer } from 'node:http';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const TYPES = ['reservation.created', 'reservation.committed', 'stock.changed'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Receiver {
  deliveries = [];   // in arrival order: { id, type, resource, sequence, digest, data }
  unsigned = 0;
  secret = undefined;
  server = undefined;
  port = 0;

  async start() {
    this.server = createServer((request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (!this.signed(body, request.headers['qeetmart-signature'])) {
          this.unsigned++;
          response.writeHead(400).end();
          return;
        }
        const event = JSON.parse(body);
        this.deliveries.push({ id: event.id, type: event.type, resource: event.data.id ?? event.data.productId,
          sequence: event.sequence, digest: createHash('sha256').update(body).digest('hex'), data: event.data });
        response.writeHead(204).end();
      });
    });
    await new Promise((listening) => this.server.listen(this.port, '127.0.0.1', listening));
    this.port = this.server.address().port;
  }

  signed(body, header) {
    const parts = (header ?? '').split(',');
    const t = parts.find((p) => p.startsWith('t='))?.slice(2);
    if (!t || Math.abs(Date.now() / 1000 - Number(t)) > 300) return false;
    const expected = Buffer.from(createHmac('sha256', this.secret).update(`${t}.${body}`).digest('hex'));
    return parts.filter((p) => p.startsWith('v1=')).some((p) => {
      const given = Buffer.from(p.slice(3));
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  }

  /** The receiver's own fault: nothing listens on its port for `ms`, then it is back. */
  async down(ms) {
    await new Promise((closed) => this.server.close(closed));
    await sleep(ms);
    await this.start();
  }

  async register(call, admin, sql) {
    // An endpoint an interrupted run left behind would take deliveries (and fail them) for ever.
    sql("DELETE FROM webhook_endpoint WHERE description = 'fault suite'");
    const made = await call('POST', '/inventory/webhook-endpoints', { token: admin,
      body: { url: `http://127.0.0.1:${this.port}/hook`, eventTypes: TYPES, description: 'fault suite' } });
    if (made.status !== 201) throw new Error(`could not register the fault suite's endpoint: ${made.status}`);
    this.secret = made.body.secret;
    this.endpoint = made.body.endpoint.id;
  }

  async unregister(call, admin) {
    if (this.endpoint) await call('DELETE', `/inventory/webhook-endpoints/${this.endpoint}`, { token: admin });
  }
}

/** Waits (at most `ms`) until every event of the subscribed types since registration has been received. */
export async function drain(receiver, sql, ms) {
  const deadline = Date.now() + ms;
  let missing;
  do {
    const received = new Set(receiver.deliveries.map((d) => d.id));
    // Events since the endpoint was registered (the database may hold earlier runs' too).
    const ids = sql(`SELECT id FROM event_outbox WHERE type IN (${TYPES.map((t) => `'${t}'`).join(',')})
      AND occurred_at >= (SELECT created_at FROM webhook_endpoint WHERE id = '${receiver.endpoint}')`).split('\n').filter(Boolean);
    missing = ids.filter((id) => !received.has(id));
    if (missing.length === 0) return { events: ids.length, missing: 0 };
    await sleep(500);
  } while (Date.now() < deadline);
  return { events: undefined, missing: missing.length };
}

export function checkEvents(receiver, sql, { acknowledged, committed, products, drained }) {
  const quoted = (ids) => ids.map((id) => `'${id}'`).join(',') || 'NULL';
  const reservations = [...acknowledged.values()];
  const withoutCreated = sql(`SELECT count(*) FROM unnest(ARRAY[${quoted(reservations)}]::uuid[]) r(id)
    WHERE NOT EXISTS (SELECT 1 FROM event_outbox WHERE type = 'reservation.created' AND resource_id = r.id)`);
  const withoutCommitted = sql(`SELECT count(*) FROM unnest(ARRAY[${quoted([...committed])}]::uuid[]) r(id)
    WHERE NOT EXISTS (SELECT 1 FROM event_outbox WHERE type = 'reservation.committed' AND resource_id = r.id)`);
  const phantoms = sql(`SELECT count(*) FROM event_outbox o WHERE o.type LIKE 'reservation.%'
    AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.id = o.resource_id)`);
  const twice = sql(`SELECT count(*) FROM (SELECT resource_id FROM event_outbox WHERE type = 'reservation.created'
    GROUP BY resource_id HAVING count(*) > 1) d`);

  const first = new Map();
  let changedDuplicates = 0;
  for (const d of receiver.deliveries) {
    if (!first.has(d.id)) first.set(d.id, d);
    else if (first.get(d.id).digest !== d.digest) changedDuplicates++;
  }
  const lastSequence = new Map();
  let outOfOrder = 0;
  for (const d of first.values()) {
    const key = `${d.type.split('.')[0]} ${d.resource}`;
    if ((lastSequence.get(key) ?? 0) >= d.sequence) outOfOrder++;
    lastSequence.set(key, d.sequence);
  }
  const staleStock = Object.values(products).filter((product) => {
    const last = [...first.values()].filter((d) => d.type === 'stock.changed' && d.resource === product).pop();
    const [onHand, reserved, version] = sql(`SELECT on_hand, reserved, version FROM stock WHERE product_id = '${product}'`)
      .split('|').map(Number);
    return !last || last.data.onHand !== onHand || last.data.reservedQuantity !== reserved || last.data.version !== version;
  });
  const duplicates = receiver.deliveries.length - first.size;
  console.log(`faults: events: ${drained.events ?? '?'} in the outbox, ${receiver.deliveries.length} deliveries received`
    + ` (${duplicates} repeated), ${receiver.unsigned} refused as unsigned`);
  return [
    [`every acknowledged reservation has its reservation.created event (${reservations.length})`, withoutCreated === '0', `${withoutCreated} without`],
    [`every acknowledged commit has its reservation.committed event (${committed.size})`, withoutCommitted === '0', `${withoutCommitted} without`],
    ['no event for a reservation that was not stored, none twice', phantoms === '0' && twice === '0', `${phantoms} phantom(s), ${twice} twice`],
    ['every event delivered, each signed', drained.missing === 0 && receiver.unsigned === 0, `${drained.missing} never delivered, ${receiver.unsigned} unsigned`],
    ['a repeated delivery carries the same id and body', changedDuplicates === 0, `${changedDuplicates} changed`],
    ['each resource\'s events in order', outOfOrder === 0, `${outOfOrder} out of order`],
    ['each product\'s last stock event is its stock as stored', staleStock.length === 0, `${staleStock.length} differ`],
  ];
}
