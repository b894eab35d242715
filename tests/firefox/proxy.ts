/**
 * The only way out of the Firefox under test: an HTTP proxy that pipes a
 * CONNECT to a fixture host into a local TLS server serving that host's
 * fixture page, and logs and refuses everything else. So the real match
 * patterns run on the real social hosts, and any request that would have
 * left the machine is on record.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtInSites } from '../../utils/sites';

function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8');
}

/** Each fixture host and the page it serves at every path: the built-in sites, an added site, an unrelated page. */
function fixturePages(): Map<string, string> {
  const pages = new Map<string, string>([
    ['example.com', fixture('unrelated.html')],
    ['news.example.net', fixture('custom-site.html')],
  ]);
  for (const site of builtInSites) {
    const body = fixture(`sites/${site.id}.html`);
    for (const host of site.hosts) pages.set(host, body);
  }
  return pages;
}

/** A throwaway self-signed certificate naming every fixture host; Firefox runs with `acceptInsecureCerts`. */
function selfSignedCertificate(hosts: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tend-ff-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=tend-fixtures',
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FixtureProxy {
  port: number;
  /** Every request that asked for anything but a fixture host, as `METHOD target`. */
  foreign: string[];
  /** Every page request the fixture server answered, as `host path`. */
  served: string[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port));
  });
}

export async function startFixtureProxy(): Promise<FixtureProxy> {
  const pages = fixturePages();
  const foreign: string[] = [];
  const served: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const tls = createHttpsServer(selfSignedCertificate([...pages.keys()]), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const body = pages.get(host);
    served.push(`${host} ${request.url}`);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  tls.on('connection', track);
  const tlsPort = await listen(tls);

  const proxy = createHttpServer((request, response) => {
    // Plain http through the proxy: no fixture is served over http (several hosts are HSTS-preloaded).
    foreign.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  proxy.on('connection', track);
  proxy.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    const [host, port] = target.split(':');
    if (!host || port !== '443' || !pages.has(host)) {
      foreign.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const port = await listen(proxy);

  return {
    port,
    foreign,
    served,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((done) => proxy.close(() => done())),
        new Promise<void>((done) => tls.close(() => done())),
      ]);
    },
  };
}
