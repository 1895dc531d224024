import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

type Wanted = {
  /** The Debian package, e.g. `chromium`. */
  name: string
  /** The file it installs that the tests run, e.g. `/usr/bin/chromium`. */
  binary: string
  /** What needs it, for the messages. */
  neededBy: string
}

/**
 * Makes a Debian package that the tests drive (never a downloaded stand-in) present: when its binary is missing
 * and this process may run apt-get (root on Debian, as on CI and the team's machines), it installs it; otherwise it
 * fails with the one command that would. Throws an Error whose message is that instruction.
 */
export function ensureDebianPackage({ name, binary, neededBy }: Wanted, log: (line: string) => void = console.log): void {
  if (existsSync(binary)) return
  const instruction = `${neededBy} needs Debian's ${name} (${binary}): run \`sudo apt-get install -y ${name}\`, then \`npm test\` again.`
  const isRoot = process.getuid?.() === 0
  if (!isRoot || !existsSync('/usr/bin/apt-get')) throw new Error(instruction)
  log(`${binary} is missing: installing Debian's ${name} for ${neededBy} (apt-get, once)…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  // The package lists may be absent on a fresh machine (slim images delete them): update, then install.
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', name],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}). ${instruction}`)
  }
  if (!existsSync(binary)) throw new Error(`apt-get installed ${name} but ${binary} is still missing. ${instruction}`)
}
