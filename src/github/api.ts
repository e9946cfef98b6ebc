/**
 * The GitHub client: @actions/github's Octokit (its paginate follows every page), with
 * @octokit/plugin-retry (5xx, 429 and network errors, with back-off) and @octokit/plugin-throttling
 * (primary and secondary rate limits, waiting for Retry-After or x-ratelimit-reset up to a cap).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  baseUrl: string;
  /** Retries per request after the first attempt (default 3). */
  retries?: number;
  /** Longest wait for a rate limit before giving up, in seconds (default 60). */
  maxWaitSeconds?: number;
  log?: (message: string) => void;
  /** Space writes and obey rate limits through @octokit/plugin-throttling (default true). */
  throttle?: boolean;
  /** The back-off unit: retries wait n² × this, rate limits their seconds × this / 1000 (default 1000 ms; tests shorten it). */
  baseDelayMs?: number;
}

type LimitHandler = (after: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number) => boolean;

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const onLimit = (kind: string): LimitHandler => (after, request, _octokit, count) => {
    const again = count < retries && after <= maxWait;
    log(`${request.method} ${request.url}: ${kind}; ${again ? `retrying in ${after} s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: 'tflite-gate',
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), retryAfterBaseValue: options.baseDelayMs ?? 1000,
      },
      retry: { retries, retryAfterBaseValue: options.baseDelayMs ?? 1000 },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed request; undefined for anything else (a network error, a bug). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status > 0 ? status : undefined;
}
