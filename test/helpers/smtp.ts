import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { BIN, ROOT } from './run.js';

export interface Received {
  from: string;
  to: string[];
  user: string | null;
  raw: Buffer;
}

export interface TestSmtp {
  port: number;
  url: string;
  messages: Received[];
  /** Every AUTH the server saw, and whether the connection was encrypted at that moment. */
  logins: { user: string; encrypted: boolean }[];
  close(): Promise<void>;
}

/**
 * Test-only certificates (made once with openssl, valid until 2126): `localhost` names localhost
 * and 127.0.0.1; `other-name` names only mail.other-name.test. See test/fixtures/tls/README.md.
 */
export const TLS_DIR = join(ROOT, 'test/fixtures/tls');
export const TEST_CA = join(TLS_DIR, 'localhost.crt');
export const tlsFiles = (name: 'localhost' | 'other-name') => ({
  key: readFileSync(join(TLS_DIR, `${name}.key`)),
  cert: readFileSync(join(TLS_DIR, `${name}.crt`)),
});

export interface SmtpServerOptions {
  auth?: { user: string; pass: string };
  refuse?: string[];
  /**
   * `none`: plain text, no STARTTLS; `starttls`: plain, offering STARTTLS; `implicit`: TLS from the
   * first byte (smtps://). A server that takes passwords offers STARTTLS, as real ones do, unless told.
   */
  tls?: 'none' | 'starttls' | 'implicit';
  /** The certificate the server shows (default `localhost`). */
  cert?: 'localhost' | 'other-name';
}

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps every message it receives. With
 * `auth`, logins are checked (and optional); `refuse` lists recipients it rejects.
 */
export async function startSmtp(opts: SmtpServerOptions = {}): Promise<TestSmtp> {
  const messages: Received[] = [];
  const logins: TestSmtp['logins'] = [];
  const tls = opts.tls ?? (opts.auth ? 'starttls' : 'none');
  const server = new SMTPServer({
    ...(tls === 'none' ? {} : tlsFiles(opts.cert ?? 'localhost')),
    secure: tls === 'implicit',
    authOptional: true,
    // The server would take a password in clear: what keeps it encrypted is the client.
    allowInsecureAuth: true,
    disabledCommands: tls === 'none' ? ['STARTTLS'] : [],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, session, cb) {
      logins.push({ user: auth.username ?? '', encrypted: Boolean(session.secure) });
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      if (opts.refuse?.includes(address.address)) {
        const err = new Error(`No such user: ${address.address}`) as Error & { responseCode?: number };
        err.responseCode = 550;
        cb(err);
      } else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const env = session.envelope;
        messages.push({
          from: env.mailFrom ? env.mailFrom.address : '',
          to: env.rcptTo.map((r) => r.address),
          user: (session.user as string | undefined) ?? null,
          raw: Buffer.concat(chunks),
        });
        cb(null, 'Message queued');
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    port,
    url: `${tls === 'implicit' ? 'smtps' : 'smtp'}://127.0.0.1:${port}`,
    messages,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/**
 * A server on 127.0.0.1 that accepts connections and never says a word: a client waiting for the
 * greeting must give up on its own.
 */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const s = net.createServer((sock) => {
    sockets.add(sock);
    sock.on('error', () => undefined);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (s.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy();
        s.close(() => resolve());
      }),
  };
}

/**
 * The real CLI, run without blocking this process (unlike `attache()` in run.ts, which uses
 * spawnSync): a server started inside the test must keep answering while the CLI talks to it.
 * It trusts the test certificate authority, as a user would with NODE_EXTRA_CA_CERTS.
 */
export function attacheAsync(args: string[], opts: { timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC', NODE_EXTRA_CA_CERTS: TEST_CA }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`attache ${args.join(' ')} did not finish within ${opts.timeoutMs ?? 30_000} ms; stderr: ${stderr}`));
    }, opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
