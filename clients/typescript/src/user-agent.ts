import { QeetMartError } from './errors.js';
import { API_VERSIONS, SDK_VERSION } from './versions.js';

// Node.js only: a browser sends its own, and a page asking for another would need a CORS preflight.
const nodeVersion = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
/** The SDK's version and each contract's it was generated from, for the API's operators. */
export const USER_AGENT = nodeVersion === undefined ? undefined
  : `qeetmart-sdk-typescript/${SDK_VERSION} (${Object.entries(API_VERSIONS).map(([api, v]) => `${api}/${v}`).join('; ')}) `
    + `Node.js/${nodeVersion}`;

/** Text as a User-Agent product token holds it: anything else becomes `-`. */
export function productToken(text: string): string {
  const token = text.trim().replace(/[^A-Za-z0-9!#$%&'*+.^_`|~-]/g, '-');
  if (!token) throw new QeetMartError("an app's name and version must not be empty");
  return token;
}

/** The SDK's User-Agent with the partner's app after it, when there is one (Node.js only). */
export function userAgentFor(appInfo: { name: string; version: string } | undefined): string | undefined {
  return appInfo && USER_AGENT ? `${USER_AGENT} ${productToken(appInfo.name)}/${productToken(appInfo.version)}` : USER_AGENT;
}
