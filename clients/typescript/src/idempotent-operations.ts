import { ALL as accounts } from './generated/auth/apis/AccountsApiIdempotentOperations.js';
import { ALL as sessions } from './generated/auth/apis/SessionsApiIdempotentOperations.js';
import { ALL as administration } from './generated/auth/apis/AdministrationApiIdempotentOperations.js';
import { ALL as signingKeys } from './generated/auth/apis/SigningKeysApiIdempotentOperations.js';
import { ALL as applications } from './generated/auth/apis/ApplicationsApiIdempotentOperations.js';
import { ALL as profiles } from './generated/users/apis/ProfilesApiIdempotentOperations.js';
import { ALL as addresses } from './generated/users/apis/AddressesApiIdempotentOperations.js';
import { ALL as preferences } from './generated/users/apis/PreferencesApiIdempotentOperations.js';
import { ALL as categories } from './generated/products/apis/CategoriesApiIdempotentOperations.js';
import { ALL as products } from './generated/products/apis/ProductsApiIdempotentOperations.js';
import { ALL as variants } from './generated/products/apis/VariantsApiIdempotentOperations.js';
import { ALL as stock } from './generated/inventory/apis/StockApiIdempotentOperations.js';
import { ALL as reservations } from './generated/inventory/apis/ReservationsApiIdempotentOperations.js';

/**
 * The calls that honour an Idempotency-Key, as the contracts say (each generated API's
 * IdempotentOperations). A call to one of them without a key gets one of its own, made once and
 * reused by every retry, so that the SDK may retry it as safely as a GET.
 */
const operations = [accounts, sessions, administration, signingKeys, applications, profiles, addresses, preferences, categories, products, variants,
  stock, reservations].flat().map((declared) => {
  const [method, path] = declared.split(' ', 2);
  const pattern = path.split('/').map((segment) => (/^\{[^/]+\}$/.test(segment) ? '[^/]+' : escape(segment))).join('/');
  return { method, path: new RegExp(`^${pattern}$`) };
});

function escape(segment: string): string {
  return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `url` (under `basePath`) is an operation that honours an Idempotency-Key. */
export function honoursIdempotencyKey(method: string, url: string, basePath: string): boolean {
  // A browser app may give a base path of its own origin ('/api/v1'): resolve both against one.
  const origin = 'http://origin.invalid';
  const path = new URL(url, origin).pathname;
  const base = new URL(basePath, origin).pathname.replace(/\/+$/, '');
  if (!path.startsWith(base)) return false;
  const operationPath = path.slice(base.length);
  return operations.some((operation) => operation.method === method && operation.path.test(operationPath));
}
