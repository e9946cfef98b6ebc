/**
 * A small GitHub REST client over fetch: JSON in and out, every page of a list (Link: rel="next"), and
 * retries with back-off on 5xx, 429, secondary rate limits and network errors. Honours Retry-After and
 * x-ratelimit-reset up to a cap. Errors are ApiErrors carrying the status, so callers can tell a read-only
 * token (403) from a missing resource (404).
 */
export interface ApiOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  baseUrl: string;
  /** Attempts per request, including the first (default 4). */
  attempts?: number;
  /** First back-off delay; doubles on each retry (default 1000 ms). */
  baseDelayMs?: number;
  /** Longest single wait for a rate-limit reset before giving up (default 60 s). */
  maxWaitMs?: number;
  log?: (message: string) => void;
  userAgent?: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly method: string, readonly path: string, detail: string) {
    super(`GitHub API ${method} ${path} failed with ${status || 'a network error'}: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  /** Accept header (default application/vnd.github+json); raw media types return an ArrayBuffer-backed Buffer. */
  accept?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long to wait before retrying this response, or undefined when it must not be retried. */
export function retryDelay(res: { status: number; headers: Headers }, attempt: number, baseDelayMs: number, now = Date.now()): number | undefined {
  const after = res.headers.get('retry-after');
  const remaining = res.headers.get('x-ratelimit-remaining');
  const reset = res.headers.get('x-ratelimit-reset');
  const limited = res.status === 429 || (res.status === 403 && (after !== null || remaining === '0'));
  if (!limited && res.status < 500) return undefined;
  if (after !== null && Number.isFinite(Number(after))) return Number(after) * 1000;
  if (limited && remaining === '0' && reset !== null) return Math.max(0, Number(reset) * 1000 - now);
  return baseDelayMs * 2 ** attempt;
}

function nextLink(headers: Headers): string | undefined {
  const link = headers.get('link');
  const match = link?.split(',').map((part) => /<([^>]+)>\s*;\s*rel="next"/.exec(part)).find(Boolean);
  return match?.[1];
}

export class GitHubApi {
  private readonly opts: Required<Omit<ApiOptions, 'log'>> & Pick<ApiOptions, 'log'>;

  constructor(options: ApiOptions) {
    this.opts = { attempts: 4, baseDelayMs: 1000, maxWaitMs: 60_000, userAgent: 'tflite-gate', ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  }

  private url(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.opts.baseUrl}${path}`;
  }

  private async once(method: string, url: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = {
      accept: options.accept ?? 'application/vnd.github+json',
      'user-agent': this.opts.userAgent,
      'x-github-api-version': '2022-11-28',
    };
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    return fetch(url, { method, headers, body });
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = this.url(path);
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await this.once(method, url, options);
      } catch (error) {
        if (attempt + 1 >= this.opts.attempts) throw new ApiError(0, method, path, (error as Error).message);
        await this.wait(this.opts.baseDelayMs * 2 ** attempt, `${method} ${path}: ${(error as Error).message}`);
        continue;
      }
      if (res.ok) return { status: res.status, data: await this.decode<T>(res, options), headers: res.headers };
      const detail = await res.text().then((t) => (JSON.parse(t || '{}') as { message?: string }).message ?? t, () => '');
      const delay = retryDelay(res, attempt, this.opts.baseDelayMs);
      if (delay === undefined || attempt + 1 >= this.opts.attempts || delay > this.opts.maxWaitMs) {
        throw new ApiError(res.status, method, path, String(detail || res.statusText));
      }
      await this.wait(delay, `${method} ${path} answered ${res.status}`);
    }
  }

  private async decode<T>(res: Response, options: RequestOptions): Promise<T> {
    if (options.accept?.includes('raw')) return Buffer.from(await res.arrayBuffer()) as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.opts.log?.(`${why}; retrying in ${Math.round(ms)} ms`);
    await sleep(ms);
  }

  /** Every item of a list endpoint, following Link rel="next" on the same host. */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    const origin = new URL(this.opts.baseUrl).origin;
    let next: string | undefined = this.url(path);
    while (next) {
      const res: ApiResponse<T[]> = await this.request<T[]>('GET', next);
      items.push(...res.data);
      next = nextLink(res.headers);
      if (next && new URL(next).origin !== origin) throw new ApiError(0, 'GET', path, `refusing to follow a next-page link to another host (${new URL(next).origin})`);
    }
    return items;
  }
}
