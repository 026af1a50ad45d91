import type { SessionsApi, TokenPair } from './generated/auth/index.js';
import { QeetMartApiError } from './errors.js';

const EARLY_MS = 30_000;

/**
 * The caller's tokens: signs in on first use, refreshes the access token shortly before it expires
 * (or when the API rejected it), and signs in again when the refresh token is no longer accepted.
 * A fixed access token (no credentials) is used as given and never renewed.
 */
export class TokenSession {
  private accessToken: string | undefined;
  private refreshToken: string | undefined;
  private expiresAt = Number.POSITIVE_INFINITY;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly sessions: SessionsApi | undefined,
    private readonly credentials: { email: string; password: string } | undefined,
    fixedAccessToken?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.accessToken = fixedAccessToken;
  }

  async current(): Promise<string> {
    if (this.accessToken === undefined) {
      await this.renew(() => this.login());
    } else if (this.credentials && this.now() > this.expiresAt - EARLY_MS) {
      await this.renew(() => this.refreshOrLogin());
    }
    return this.accessToken!;
  }

  /** After the API answered 401 to `rejected`: a new access token, or undefined when none can be had. */
  async renewAfterRejection(rejected: string | undefined): Promise<string | undefined> {
    if (!this.credentials) return undefined;
    if (rejected === this.accessToken) await this.renew(() => this.refreshOrLogin());
    return this.accessToken;
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
      }
    }
    return this.login();
  }

  private login(): Promise<TokenPair> {
    return this.sessions!.login({ credentials: this.credentials! });
  }

  private use(tokens: TokenPair): void {
    this.accessToken = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
  }
}
