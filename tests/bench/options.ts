/** `npm run bench [-- --quick] [--duration=S] [--warmup=S] [--rounds=N] [--connections=N] [--keep-database]`. */
export type BenchOptions = {
  /** Seconds per measured autocannon run. */
  durationSeconds: number
  /** Seconds of discarded load before the first round, per query and target. */
  warmupSeconds: number
  /** Alternating rounds: every target of every query once per round. */
  rounds: number
  connections: number
  /** Spawns of the API for the start-up time. */
  startupSamples: number
  keepDatabase: boolean
  quick: boolean
}

/** The environment flag a response cache will read; the cached targets run only when api/src/config.ts knows it. */
export const CACHE_FLAG = 'API_RESPONSE_CACHE'

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const flags = new Map<string, string>()
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    if (!match?.[1]) throw new Error(`Unknown argument "${arg}". Use --quick, --duration=S, --warmup=S, --rounds=N, --connections=N, --keep-database.`)
    flags.set(match[1], match[2] ?? 'true')
  }
  const quick = flags.get('quick') === 'true' || env.BENCH_QUICK === 'true'
  const number = (name: string, variable: string, fallback: number, min: number) => {
    const raw = flags.get(name) ?? env[variable]
    const value = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} (${variable}) must be a number ≥ ${min}, not "${raw}".`)
    return value
  }
  const known = new Set(['quick', 'duration', 'warmup', 'rounds', 'connections', 'keep-database', 'startup-samples'])
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`Unknown option --${name}.`)
  return {
    quick,
    durationSeconds: number('duration', 'BENCH_DURATION', quick ? 5 : 10, 1),
    warmupSeconds: number('warmup', 'BENCH_WARMUP', quick ? 2 : 3, 0),
    rounds: Math.round(number('rounds', 'BENCH_ROUNDS', 2, 2)),
    connections: Math.round(number('connections', 'BENCH_CONNECTIONS', 50, 1)),
    startupSamples: Math.round(number('startup-samples', 'BENCH_STARTUP_SAMPLES', quick ? 2 : 5, 1)),
    keepDatabase: flags.get('keep-database') === 'true',
  }
}
