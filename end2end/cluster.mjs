// The parts of a cluster for end2end/tests/instances.test.mjs: a PostgreSQL database of the
// test's own on the shared server (never stopped here), a time zone in which today is a working
// day, a real nginx as a round-robin load balancer, and the mail each instance wrote.

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const NGINX = process.env.HELDER_NGINX || '/usr/sbin/nginx';
const ADMIN_URL = process.env.HELDER_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a database of this file's own on the shared server (never stopped here).

/** Runs one SQL statement with psql against the shared server's admin database. */
export async function psql(sql) {
  try {
    const { stdout } = await run('psql', [ADMIN_URL, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { timeout: 30_000 });
    return stdout;
  } catch (err) {
    throw new Error(
      `PostgreSQL is not usable at ${ADMIN_URL} (this test needs it, with trust authentication; ` +
        `HELDER_TEST_POSTGRES_URL points elsewhere): ${err.stderr || err.message}`,
    );
  }
}

/** The URL of database `name` on the same server as ADMIN_URL. */
export function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// The local time zone for the distribution. It runs on working days only (Monday to Friday in
// the server's local time), so on a weekend the instances get a TZ that makes it a working day
// already or still (POSIX TZ "HLD-hh:mm" is hh:mm east of UTC; chrono accepts up to 23:59). The
// same TZ goes to every instance, as in production: instances with different days would each
// have "today" to themselves. Chosen at least 10 minutes from midnight where possible, so the
// day does not change during the run.

export function workingDayTz(now = new Date()) {
  let best = null;
  for (let minutes = -(23 * 60 + 59); minutes <= 23 * 60 + 59; minutes += 1) {
    const local = new Date(now.getTime() + minutes * 60_000);
    const weekday = local.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const ofDay = local.getUTCHours() * 60 + local.getUTCMinutes();
    const margin = Math.min(ofDay, 24 * 60 - 1 - ofDay);
    // Prefer the smallest shift that keeps a margin of 10 minutes; otherwise the largest margin.
    const score = margin >= 10 ? 10_000 - Math.abs(minutes) : margin;
    if (!best || score > best.score) best = { minutes, score };
  }
  if (!best) throw new Error('no time zone makes today a working day (cannot happen)');
  if (best.minutes === 0) return 'UTC0';
  const sign = best.minutes > 0 ? '-' : '+'; // POSIX: the sign is west-positive
  const abs = Math.abs(best.minutes);
  return `HLD${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// nginx as the load balancer: round robin over the instances, no sticky sessions, no upstream
// keepalive; X-Upstream tells the test which instance answered.

/** The instance that answered, from X-Upstream (after a retry nginx lists every address tried). */
export function upstreamOf(header) {
  return header ? header.split(',').at(-1).trim() : null;
}

export async function startNginx(port, upstreamPorts) {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}: apt-get install nginx (.ci/test does), or set HELDER_NGINX`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'helder-e2e-nginx-'));
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, temp));
  const conf = join(dir, 'nginx.conf');
  const servers = upstreamPorts
    // A failed instance is tried again after 2 s (the kill case brings it back on its port).
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`)
    .join('\n');
  await writeFile(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  # No visitor addresses on disk, as the README's example (only loopback here, but the same).
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream helder {
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 200m;
    location / {
      proxy_pass http://helder;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Uploads go to the instance as they arrive (HTTP/1.1 upstream is needed for that).
      proxy_request_buffering off;
      # Only the default: a POST is retried elsewhere only when it was never sent (connection
      # refused), never after an instance may have handled it.
      proxy_next_upstream error timeout;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  let output = '';
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  const exitPromise = new Promise((r) => child.on('exit', (code, signal) => r((exited = { code, signal }))));
  child.on('error', (err) => (output += `\n[test] spawn error: ${err.message}`));
  const url = `http://127.0.0.1:${port}`;
  const errorLog = async () => `${output}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`;
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exitPromise, sleep(5_000)]);
      if (!exited) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) throw new Error(`nginx exited (${JSON.stringify(exited)}):\n${await errorLog()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer GET /health with 200 within 15 s:\n${await errorLog()}`);
    }
    await sleep(100);
  }
  return { url, stop, errorLog };
}

// ---------------------------------------------------------------------------------------------
// Mail: each instance writes the mail it delivers as .eml files into <data dir>/mail.

/** Decodes RFC 2047 encoded words (=?utf-8?B?…?= and =?utf-8?Q?…?=) in a header value. */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, text) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, h) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Every mail in the data folders `dirs`: { to, subject, file }. */
export async function mailsIn(dirs) {
  const found = [];
  for (const dir of dirs) {
    const folder = join(dir, 'mail');
    const names = await readdir(folder).catch(() => []);
    for (const name of names.filter((n) => n.endsWith('.eml') && !n.startsWith('.'))) {
      const text = await readFile(join(folder, name), 'utf8');
      const head = text.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
      const header = (field) => decodeWords(head.match(new RegExp(`^${field}:\\s*(.*)$`, 'mi'))?.[1] ?? '');
      const to = header('To').match(/[^\s<>,"]+@[^\s<>,"]+/)?.[0]?.toLowerCase() ?? '';
      found.push({ to, subject: header('Subject'), file: join(folder, name) });
    }
  }
  return found;
}

export const isDigest = (mail) => /nieuwe meldingen/i.test(mail.subject);
