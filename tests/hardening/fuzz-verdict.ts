import { readFileSync } from 'node:fs'
import { expect } from 'vitest'

/**
 * The verdict on one fuzzed answer, shared by the mutation and the query fuzzing: data or a known client error,
 * never a 5xx, never INTERNAL_SERVER_ERROR or an error without a code, never a stack frame, SQL or driver internals,
 * and never the input's values echoed back.
 */

type GraphqlError = { message?: unknown; extensions?: Record<string, unknown> }
export type GraphqlBody = { data?: Record<string, unknown> | null; errors?: GraphqlError[] }
export type Answer = { status: number; text: string; body: GraphqlBody; retryAfter: string | null }

/** Every code a fuzzed request may legitimately get, whatever the operation. */
const CLIENT_CODES = ['BAD_USER_INPUT', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_REUSED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'NOT_FOUND', 'CURSOR_EXPIRED']

// Leaks of internals. Applied to errors after every string of the input is scrubbed out, so an echoed value that
// happens to contain "pg" or "SELECT" is not mistaken for one (an echo of the input is checked separately).
const UNMASKED: RegExp[] = [
  /\bat (?:async )?[\w$.<>[\]]+ \(/, // stack frame "at foo ("
  /file:\/\/|node:internal|node_modules|\/work\/|\.[cm]?[jt]s:\d+/,
  /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|ON CONFLICT|RETURNING)\b/,
  /syntax error at or near|violates [\w-]+ constraint|relation "|column "|invalid byte sequence|invalid input syntax|duplicate key value|sqlstate|tsquery/i,
  /\bpg\b|\bpg-|knex|mikro-?orm|postgres|DriverException|TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|undefined is not/i,
]

/** Text the server may legitimately send whatever the input: a value found in here proves no echo. */
const BENIGN = [
  readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
  'null true false undefined NaN Infinity query mutation data errors message extensions code locations path fields field problem reason',
  'Variable got invalid value at of required type was not provided is not defined by type cannot represent a non string value',
  'non-integer non-null must not be null Expected value of type Did you mean Int cannot represent non 32-bit signed integer value',
  ...CLIENT_CODES,
]
  .join('\n')
  .toLowerCase()

const escaped = (value: string) => JSON.stringify(value).slice(1, -1)
/** The forms a string takes in a response: as is, JSON-escaped once (in the body) and twice (quoted inside a message). */
const forms = (value: string) => [...new Set([value, escaped(value), escaped(escaped(value))])]

/** Every string in a value, keys included, longest first. */
function stringsIn(value: unknown, found = new Set<string>()): string[] {
  if (typeof value === 'string') found.add(value)
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.add(key)
      stringsIn(item, found)
    }
  }
  return [...found].sort((a, b) => b.length - a.length)
}

function scrub(text: string, inputs: string[]): string {
  let result = text
  for (const input of inputs) if (input.length >= 2) for (const form of forms(input)) result = result.replaceAll(form, '<input>')
  return result
}

/** Every object key in a value: a field name the client sent may be named back in a validation error. */
export function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.add(key)
      keysIn(item, found)
    }
  }
  return found
}

/**
 * The values worth looking for in an answer: long enough not to occur by chance, not words the server uses anyway,
 * and not a key of the input (an email of "__proto__" next to an unknown field "__proto__" is named as the field).
 */
export function personalCandidates(values: unknown[], keys: Set<string>): string[] {
  const candidates = new Set<string>()
  for (const value of values) {
    if (typeof value !== 'string') continue
    for (const form of [value, value.trim(), value.trim().toLowerCase()]) {
      if (form.trim().length >= 6 && new Set(form).size >= 2 && !BENIGN.includes(form.toLowerCase()) && !keys.has(form)) candidates.add(form)
    }
  }
  return [...candidates]
}

type Judged = {
  variables: unknown
  allowedCodes: readonly string[]
  /** Values that must not come back (see personalCandidates). */
  mustNotEcho: readonly string[]
  /** Where an echo is looked for: the whole answer, or only its errors (a query's data may rightly name its argument). */
  echoIn: 'answer' | 'errors'
}

/** Asserts the verdict; returns the outcome, `data` or the first error's code. */
export function judge(answer: Answer, { variables, allowedCodes, mustNotEcho, echoIn }: Judged): string {
  const shown = `HTTP ${answer.status}: ${answer.text.length > 1_500 ? `${answer.text.slice(0, 1_500)}…` : answer.text}`
  expect([200, 400, 429], shown).toContain(answer.status)
  expect(answer.body && typeof answer.body === 'object' && !Array.isArray(answer.body), `not a JSON object: ${shown}`).toBe(true)
  const errors = answer.body.errors ?? []
  // 429 is a refused request and nothing else: a limit's RATE_LIMITED, with the seconds until it has room.
  if (answer.status === 429) {
    expect(
      errors.map((error) => error.extensions?.code),
      shown,
    ).toEqual(['RATE_LIMITED'])
    expect(answer.retryAfter, shown).toBe(String(errors[0]?.extensions?.retryAfter))
  }
  expect(Array.isArray(errors), shown).toBe(true)
  expect(errors.length > 0 || (answer.body.data !== null && answer.body.data !== undefined), `neither data nor errors: ${shown}`).toBe(true)
  const inputs = stringsIn(variables)
  for (const error of errors) {
    expect(typeof error.message, shown).toBe('string')
    expect(allowedCodes, `unexpected code: ${shown}`).toContain(error.extensions?.code)
    expect(error.extensions, shown).not.toHaveProperty('stacktrace')
    expect(error.extensions, shown).not.toHaveProperty('exception')
    const serverText = scrub(JSON.stringify(error), inputs)
    for (const pattern of UNMASKED) expect(serverText, `unmasked (${pattern}): ${shown}`).not.toMatch(pattern)
  }
  const searched = echoIn === 'answer' ? answer.text : JSON.stringify(errors)
  for (const value of mustNotEcho) {
    for (const form of forms(value)) expect(searched.includes(form), `input ${JSON.stringify(value)} echoed: ${shown}`).toBe(false)
  }
  return errors.length > 0 ? String(errors[0]?.extensions?.code) : 'data'
}
