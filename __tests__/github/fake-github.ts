/**
 * A local stand-in for the GitHub REST API and the Actions artifact service, on 127.0.0.1, that records
 * every request. Serves what the action calls: PR files and issue comments (paginated with Link headers),
 * comment create/edit, GraphQL's viewer, the contents API (raw), and the artifact twirp calls plus the block-blob
 * upload @actions/artifact makes. Failures can be queued per route to test retries and read-only tokens.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

interface Failure {
  method: string;
  pattern: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
}

type Handler = (req: Recorded, m: RegExpExecArray) => { status?: number; json?: unknown; raw?: Buffer; headers?: Record<string, string> };

export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  comments: Comment[] = [];
  prFiles: { filename: string; status: string; previous_filename?: string }[] = [];
  /** Contents API files by `${ref}:${path}`. */
  contents = new Map<string, Buffer>();
  /** GraphQL's viewer login (GET /user answers 403, as for GITHUB_TOKEN); undefined: GraphQL fails too. */
  viewer?: string = BOT.login;
  perPage = 100;
  readonly artifacts: { name: string; bytes: Buffer; finalized: boolean; size?: string }[] = [];
  private readonly blocks = new Map<string, Buffer>();
  private failures: Failure[] = [];
  private nextId = 1000;
  private server?: Server;
  url = '';

  private readonly routes: [string, RegExp, Handler][] = [
    ['GET', /^\/user$/, () => ({ status: 403, json: { message: 'Resource not accessible by integration' } })],
    ['POST', /^\/graphql$/, () => (this.viewer ? { json: { data: { viewer: { login: this.viewer } } } } : { status: 401, json: { message: 'Bad credentials' } })],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/, (r) => this.page(r, this.prFiles)],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, (r) => this.page(r, this.comments)],
    ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, (r, m) => this.create(r, m)],
    ['PATCH', /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/, (r, m) => this.edit(r, Number(m[1]))],
    ['GET', /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/, (r, m) => this.content(r, decodeURIComponent(m[1]))],
    ['POST', /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/CreateArtifact$/, (r) => this.createArtifact(r)],
    ['POST', /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/FinalizeArtifact$/, (r) => this.finalizeArtifact(r)],
    ['PUT', /^\/devstoreaccount1\/artifacts\/(.+)$/, (r, m) => this.blob(r, m[1])],
  ];

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Answer the next `times` matching requests with `status` (and headers). */
  fail(method: string, pattern: RegExp, status: number, times = 1, headers?: Record<string, string>): void {
    this.failures.push({ method, pattern, status, times, headers });
  }

  addComments(count: number, make: (i: number) => Partial<Comment> = () => ({})): void {
    for (let i = 0; i < count; i++) this.comments.push(this.comment({ body: `comment ${i}`, user: { login: 'someone', type: 'User' }, ...make(i) }));
  }

  private comment(c: Partial<Comment>): Comment {
    const id = this.nextId++;
    return { id, body: '', user: BOT, html_url: `https://github.com/o/r/pull/1#issuecomment-${id}`, ...c };
  }

  private page(r: Recorded, items: unknown[]) {
    const per = Math.min(Number(r.query.get('per_page') ?? 30), this.perPage);
    const page = Number(r.query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URLSearchParams(r.query);
      next.set('page', String(page + 1));
      headers.link = `<${this.url}${r.path}?${next}>; rel="next", <${this.url}${r.path}?page=${last}>; rel="last"`;
    }
    return { json: items.slice((page - 1) * per, page * per), headers };
  }

  private create(r: Recorded, m: RegExpExecArray) {
    const c = this.comment({ body: (JSON.parse(r.body) as { body: string }).body });
    c.html_url = `https://github.com/${m[1]}/${m[2]}/pull/${m[3]}#issuecomment-${c.id}`;
    this.comments.push(c);
    return { status: 201, json: c };
  }

  private edit(r: Recorded, id: number) {
    const c = this.comments.find((x) => x.id === id);
    if (!c) return { status: 404, json: { message: 'Not Found' } };
    c.body = (JSON.parse(r.body) as { body: string }).body;
    return { json: c };
  }

  private content(r: Recorded, path: string) {
    const bytes = this.contents.get(`${r.query.get('ref')}:${path}`);
    return bytes ? { raw: bytes } : { status: 404, json: { message: 'Not Found' } };
  }

  private createArtifact(r: Recorded) {
    const req = JSON.parse(r.body) as { name: string };
    this.artifacts.push({ name: req.name, bytes: Buffer.alloc(0), finalized: false });
    return { json: { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/artifacts/${encodeURIComponent(req.name)}.zip?sig=test-signature` } };
  }

  private finalizeArtifact(r: Recorded) {
    const req = JSON.parse(r.body) as { name: string; size: string };
    const a = this.artifacts.find((x) => x.name === req.name);
    if (!a) return { status: 404, json: { code: 'not_found', msg: 'no such artifact' } };
    a.finalized = true;
    a.size = req.size;
    return { json: { ok: true, artifact_id: String(this.artifacts.indexOf(a) + 1) } };
  }

  /** Azure block blob: Put Block (comp=block), Put Block List (comp=blocklist), or a single Put Blob. */
  private blob(r: Recorded & { raw?: Buffer }, blobName: string) {
    const name = decodeURIComponent(blobName).replace(/\.zip$/, '');
    const artifact = this.artifacts.find((a) => a.name === name);
    const comp = r.query.get('comp');
    if (comp === 'block') this.blocks.set(`${name}/${r.query.get('blockid')}`, r.raw!);
    else if (comp === 'blocklist') {
      const ids = [...r.body.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((x) => x[1]);
      if (artifact) artifact.bytes = Buffer.concat(ids.map((id) => this.blocks.get(`${name}/${id}`) ?? Buffer.alloc(0)));
    } else if (artifact) artifact.bytes = r.raw!;
    return { status: 201, headers: { etag: '"0x1"', 'last-modified': new Date(0).toUTCString() } };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const rec: Recorded & { raw?: Buffer } = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: raw.toString('utf8') };
    this.requests.push({ method: rec.method, path: rec.path, query: rec.query, body: rec.body });
    rec.raw = raw;
    const failure = this.failures.find((f) => f.times > 0 && f.method === rec.method && f.pattern.test(rec.path));
    if (failure) {
      failure.times--;
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ message: `fake failure ${failure.status}` }));
      return;
    }
    const route = this.routes.map(([method, pattern, handler]) => ({ m: method === rec.method ? pattern.exec(rec.path) : null, handler })).find((x) => x.m);
    const out = route ? route.handler(rec, route.m!) : { status: 404, json: { message: `no route for ${rec.method} ${rec.path}` } };
    const type = out.raw ? 'application/octet-stream' : 'application/json';
    res.writeHead(out.status ?? 200, { 'content-type': type, ...out.headers });
    res.end(out.raw ?? (out.json === undefined ? '' : JSON.stringify(out.json)));
  }

  /** Requests other than the artifact service's, as "METHOD /path?query" lines. */
  apiCalls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/twirp/') && !r.path.startsWith('/devstoreaccount1/')).map((r) => `${r.method} ${r.path}${[...r.query].length ? `?${r.query}` : ''}`);
  }
}
