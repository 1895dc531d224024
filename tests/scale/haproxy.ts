import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { ensureDebianPackage } from '../helpers/debian-package'

type Backend = { name: string; port: number }
export type Frontend = { port: number; servers: Backend[] }
export type Haproxy = {
  process: ChildProcess
  config: string
  /** Requests HAProxy sent again (`wretr`) and sent again to another server (`wredis`), per backend. */
  retries: () => Promise<Record<string, { retried: number; redispatched: number }>>
  stop: () => Promise<void>
}

/** Debian's HAProxy (the Debian package installs it as /usr/sbin/haproxy). */
const HAPROXY = '/usr/sbin/haproxy'

/** Debian's HAProxy, installed here when it is missing and this is root on Debian; otherwise one instruction. */
function ensureHaproxy(log: (line: string) => void = () => {}): string {
  ensureDebianPackage({ name: 'haproxy', binary: HAPROXY, neededBy: 'The scale-out test (tests/scale)' }, log)
  return HAPROXY
}

/**
 * The load balancer in front of the API replicas, as the README's "Running at scale" shows it:
 * - health checks on /health/ready every 500 ms: a replica that stops answering (or whose database is away)
 *   leaves the rotation after two failed checks and comes back after two good ones;
 * - `retry-on` + `option redispatch`: a request that found no live connection (refused: a killed replica before
 *   its checks fail), got no answer at all (the replica died while answering) or got a 503 is sent again, to
 *   another server, up to 3 times. Only GET and HEAD get retries beyond a failed connection
 *   (`disable-l7-retry`): public queries go out as GET (also what a CDN caches), while a POST mutation that may
 *   have reached a replica is retried by its client, with the same idempotency key.
 */
function haproxyConfig(frontends: Frontend[], statsSocket?: string): string {
  const lines = [
    'global',
    '  maxconn 4096',
    ...(statsSocket ? [`  stats socket ${statsSocket} mode 600 level user`] : []),
    '',
    'defaults',
    '  mode http',
    '  option forwardfor',
    '  option http-keep-alive',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout http-request 10s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout 503',
    '',
  ]
  frontends.forEach((frontend, index) => {
    lines.push(
      `frontend api_${index + 1}`,
      `  bind 127.0.0.1:${frontend.port}`,
      `  default_backend api_replicas_${index + 1}`,
      '',
      `backend api_replicas_${index + 1}`,
      '  balance roundrobin',
      '  http-request disable-l7-retry unless METH_GET || METH_HEAD',
      '  option httpchk GET /health/ready',
      '  http-check expect status 200',
      // The README's configuration: a busy replica's check may take up to 2 s; a dead one refuses at once.
      '  timeout check 2s',
      '  default-server inter 500ms fall 2 rise 2',
      ...frontend.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
      '',
    )
  })
  return lines.join('\n')
}

/** Writes the config, checks it (`haproxy -c`), and runs HAProxy in the foreground until `stop`. */
export async function startHaproxy(dir: string, frontends: Frontend[]): Promise<Haproxy> {
  const binary = ensureHaproxy()
  const socket = path.join(dir, 'haproxy.sock')
  const config = haproxyConfig(frontends, socket)
  const file = path.join(dir, 'haproxy.cfg')
  writeFileSync(file, config)
  execFileSync(binary, ['-c', '-q', '-f', file])
  const child = spawn(binary, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)))
  for (const frontend of frontends) await waitForPort(frontend.port, child, () => stderr)
  return {
    process: child,
    config,
    retries: async () => {
      const rows = parseCsv(await askSocket(socket, 'show stat\n'))
      return Object.fromEntries(
        rows.filter((row) => row.svname === 'BACKEND').map((row) => [row.pxname, { retried: Number(row.wretr || 0), redispatched: Number(row.wredis || 0) }]),
      )
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`HAProxy exited (${child.exitCode}):\n${stderr()}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`HAProxy did not listen on ${port} within 10 s:\n${stderr()}`)
}

/** One command on HAProxy's stats socket; the answer ends when HAProxy closes the connection. */
function askSocket(socketPath: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = net.connect(socketPath, () => socket.write(command))
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()))
    socket.once('end', () => resolve(answer))
    socket.once('error', reject)
  })
}

/** `show stat`: CSV whose first line, after "# ", names the columns. */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\n')
  const columns = (header ?? '').replace(/^# /, '').split(',')
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index] ?? String(index), value])))
}
