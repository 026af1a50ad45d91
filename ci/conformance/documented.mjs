// The problem types each operation documents, per status: the `type` of every example of its
// problem+json responses, with `$ref`s to the service's own or the shared components followed.
// The run fails on a problem whose type its operation does not list, so a client that branches on
// `type` can trust the contract to name every one it may meet.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const docs = new Map();
const load = (file) => {
  if (!docs.has(file)) docs.set(file, parse(readFileSync(`contracts/openapi/${file}`, 'utf8')));
  return docs.get(file);
};

function resolve(file, node) {
  while (node?.$ref) {
    const [target, pointer] = node.$ref.split('#');
    file = target || file;
    node = pointer.split('/').slice(1).reduce((at, key) => at?.[key], load(file));
  }
  return { file, node };
}

function typesOf(file, response) {
  const content = resolve(file, response).node?.content?.['application/problem+json'];
  if (!content) return [];
  const examples = [content.example, ...Object.values(content.examples ?? {}).map((e) => e.value)];
  return examples.filter((e) => e?.type).map((e) => e.type);
}

/** operationId -> status -> Set of documented problem types. */
export function documentedProblemTypes(services) {
  const byOperation = new Map();
  for (const service of services) {
    const file = `${service}.yaml`;
    for (const item of Object.values(load(file).paths ?? {})) {
      for (const operation of Object.values(item)) {
        if (!operation?.operationId) continue;
        const statuses = new Map();
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          statuses.set(Number(status), new Set(typesOf(file, response)));
        }
        byOperation.set(operation.operationId, statuses);
      }
    }
  }
  return byOperation;
}
