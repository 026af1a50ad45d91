// The events benchmark's receiver, a process of its own so the load driver never delays it:
// answers every delivery 204 at once and prints "productId sequence arrivalMs" per
// product.updated event (arrivalMs on the clock both processes share: timeOrigin + now).
import { createServer } from 'node:http';

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    response.writeHead(204).end();
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (event.type === 'product.updated') {
      process.stdout.write(`${event.data.id} ${event.sequence} ${performance.timeOrigin + performance.now()}\n`);
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
