import type { SessionsApi, TokenPair } from './generated/auth/index.js';
import { AuthenticationError, QeetMartApiError } from './errors.js';

const EARLY_MS = 30_000;

/**
 * The caller's tokens: signs in on first use, refreshes the access token shortly before it expires
 * (or when the API rejected it), and signs in again when the refresh token is no longer accepted.
 * A fixed access token (no credentials) is used as given and never renewed.
 */
/** Where every call's access token comes from: a person's session, an application's credentials, the caller's own. */
export interface TokenSource {
  /** The access token to send now. */
  current(): Promise<string>;
  /** After the API answered 401 to `rejected`: a new access token, or undefined when none can be had. */
  renewAfterRejection(rejected: string | undefined): Promise<string | undefined>;
}

/**
 * Where a person's session outlives the process: the SDK saves the refresh token after every
 * sign-in and refresh (each refresh replaces it: refresh tokens are single-use) and, on first use,
 * resumes the session from the saved one instead of signing in. Treat the token as a password.
 */
export interface SessionStore {
  /** The refresh token saved last, if any. */
  load(): string | undefined | Promise<string | undefined>;
  /** Keeps the session's refresh token. */
  save(refreshToken: string): void | Promise<void>;
  /** The session ended (its refresh token was refused): forget it. */
  clear(): void | Promise<void>;
}

export class TokenSession implements TokenSource {
  private accessToken: string | undefined;
  private refreshToken: string | undefined;
  private expiresAt = Number.POSITIVE_INFINITY;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly sessions: SessionsApi | undefined,
    private readonly credentials: { email: string; password: string } | undefined,
    fixedAccessToken?: string,
    private readonly now: () => number = Date.now,
    private readonly store?: SessionStore,
  ) {
    this.accessToken = fixedAccessToken;
  }

  async current(): Promise<string> {
    if (this.accessToken === undefined) {
      await this.renew(async () => {
        this.refreshToken = this.store ? await this.store.load() : undefined;
        return this.refreshOrLogin();
      });
    } else if (this.renews() && this.now() > this.expiresAt - EARLY_MS) {
      await this.renew(() => this.refreshOrLogin());
    }
    return this.accessToken!;
  }

  /** After the API answered 401 to `rejected`: a new access token, or undefined when none can be had. */
  async renewAfterRejection(rejected: string | undefined): Promise<string | undefined> {
    if (!this.renews()) return undefined;
    if (rejected === this.accessToken) await this.renew(() => this.refreshOrLogin());
    return this.accessToken;
  }

  // A fixed token (neither credentials nor a store) is never renewed.
  private renews(): boolean {
    return this.credentials !== undefined || this.store !== undefined;
  }

  // Concurrent calls that all need a new token share one sign-in or refresh.
  private async renew(how: () => Promise<TokenPair>): Promise<void> {
    this.pending ??= how().then((tokens) => this.use(tokens)).finally(() => { this.pending = undefined; });
    await this.pending;
  }

  private async refreshOrLogin(): Promise<TokenPair> {
    if (this.refreshToken) {
      try {
        return await this.sessions!.refreshTokens({ refreshRequest: { refreshToken: this.refreshToken } });
      } catch (error) {
        if (!(error instanceof QeetMartApiError) || error.status !== 401) throw error;
        this.refreshToken = undefined;
        await this.store?.clear();
        if (!this.credentials) throw error; // nothing to sign in with: the person must sign in again
      }
    }
    if (!this.credentials) {
      throw new AuthenticationError(401, undefined, 'NO_SESSION', undefined,
        'No saved session and no credentials to sign in with: the person must sign in', undefined, [], undefined);
    }
    return this.login();
  }

  private login(): Promise<TokenPair> {
    return this.sessions!.login({ credentials: this.credentials! });
  }

  private async use(tokens: TokenPair): Promise<void> {
    this.accessToken = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
    await this.store?.save(tokens.refreshToken);
  }
}

/** A partner application's client credentials (OAuth 2.0, RFC 6749 section 4.4). */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Ask for fewer scopes than the application holds (each one it holds). */
  scopes?: string[] | undefined;
}

/**
 * A partner application's tokens: fetched from `/auth/oauth2/token` (HTTP Basic) on first use,
 * kept, and fetched again shortly before they expire or when the API refuses one. Calls waiting
 * together share one fetch. A refusal rejects with the API error whose `code` is OAuth's error
 * (`INVALID_CLIENT`, `INVALID_SCOPE`).
 */
export class ClientCredentialsSession implements TokenSource {
  private accessToken: string | undefined;
  private renewAt = 0;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly fetchToken: (init: RequestInit) => Promise<Response>,
    private readonly credentials: ClientCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<string> {
    if (this.accessToken === undefined || this.now() >= this.renewAt) await this.renew();
    return this.accessToken!;
  }

  async renewAfterRejection(rejected: string | undefined): Promise<string | undefined> {
    if (rejected === this.accessToken) await this.renew();
    return this.accessToken;
  }

  private async renew(): Promise<void> {
    this.pending ??= this.fetch().finally(() => { this.pending = undefined; });
    await this.pending;
  }

  private async fetch(): Promise<void> {
    // RFC 6749 section 2.3.1: each part form-encoded, then joined and base64-encoded.
    const pair = `${encodeURIComponent(this.credentials.clientId)}:${encodeURIComponent(this.credentials.clientSecret)}`;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (this.credentials.scopes?.length) form.set('scope', this.credentials.scopes.join(' '));
    const response = await this.fetchToken({
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(pair)}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
    });
    if (response.status !== 200) throw await QeetMartApiError.fromResponse(response);
    const token = await response.json() as { access_token: string; expires_in: number };
    const lifetimeMs = token.expires_in * 1000;
    this.accessToken = token.access_token;
    this.renewAt = this.now() + (lifetimeMs > 2 * EARLY_MS ? lifetimeMs - EARLY_MS : lifetimeMs / 2);
  }
}

/** The caller's own token, asked for before every call and once more after a 401. */
export class ProvidedToken implements TokenSource {
  constructor(private readonly provider: () => string | Promise<string>) {}

  async current(): Promise<string> {
    return this.provider();
  }

  async renewAfterRejection(rejected: string | undefined): Promise<string | undefined> {
    const renewed = await this.provider();
    return renewed === rejected ? undefined : renewed;
  }
}
