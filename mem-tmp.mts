import { spawn } from 'node:child_process'
import { runLoad } from './tests/reliability/load/run-load'
import { createWorkload } from './tests/reliability/load/workload'
const flags = process.argv.slice(2)
const child = spawn(process.execPath, [...flags, 'api/dist/index.js'], { env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nspm_try', API_PORT: '4712', API_OUTBOX_WORKER: 'false', NODE_ENV: 'production', TRUST_PROXY: 'true' }, stdio: 'inherit' })
for (;;) { try { if ((await fetch('http://127.0.0.1:4712/health/ready')).status === 200) break } catch {} ; await new Promise((r) => setTimeout(r, 50)) }
const figures = await runLoad({ url: 'http://127.0.0.1:4712/graphql', pid: child.pid!, seconds: 60, concurrency: 16, next: createWorkload({ writeShare: 0.05, orderablePublicationIds: ['1', '2'] }) })
console.log(flags.join(' ') || 'default', figures.requestsPerSecond, JSON.stringify(figures.errorCodes), figures.rssMb.join(','), figures.latencyMs)
child.kill('SIGTERM')
