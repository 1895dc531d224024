import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CMS_DIR } from '../../runtime/paths'

/**
 * Payload's Local API skips access control unless told otherwise. Every call in the CMS's own code (endpoints,
 * hooks, components) acts for the signed-in caller, so each must pass `overrideAccess: false`; a call that
 * really acts for the system says so with a `// local-api: system (why)` comment on the line before it.
 */
const SKIP = new Set(['.next', 'migrations', 'node_modules', 'payload-types.ts'])
const CALL =
  /\bpayload\.(find|findByID|findGlobal|findVersions|findVersionByID|findGlobalVersions|count|countVersions|create|update|updateGlobal|delete|duplicate|restoreVersion|restoreGlobalVersion|login|forgotPassword|resetPassword|unlock)\(/g

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

/** The argument list of the call that starts at `open` (the opening parenthesis), by counting brackets. */
function argumentsAt(text: string, open: number): string {
  let depth = 0
  for (let index = open; index < text.length; index++) {
    if ('([{'.includes(text[index]!)) depth++
    else if (')]}'.includes(text[index]!)) depth--
    if (depth === 0) return text.slice(open, index + 1)
  }
  return text.slice(open)
}

describe("the CMS's Local API calls", () => {
  const calls = sources(CMS_DIR).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return [...text.matchAll(CALL)].map((match) => {
      const line = text.slice(0, match.index).split('\n').length
      const previousLine = text.split('\n')[line - 2] ?? ''
      return {
        where: `${path.relative(CMS_DIR, file)}:${line} payload.${match[1]}`,
        args: argumentsAt(text, match.index + match[0].length - 1),
        system: /local-api: system/.test(previousLine),
      }
    })
  })

  it('finds the calls it checks (the subscriber export at least)', () => {
    expect(calls.map((call) => call.where).join('\n')).toMatch(/exportEndpoint\.ts:\d+ payload\.find/)
  })

  it('passes overrideAccess: false in every call made for a caller', () => {
    const unchecked = calls.filter((call) => !call.system && !/overrideAccess:\s*false/.test(call.args)).map((call) => call.where)
    expect(unchecked).toEqual([])
  })

  it('passes the request (and with it the user) wherever access applies', () => {
    const withoutUser = calls.filter((call) => !call.system && !/\breq\b|\buser\b/.test(call.args)).map((call) => call.where)
    expect(withoutUser).toEqual([])
  })
})
