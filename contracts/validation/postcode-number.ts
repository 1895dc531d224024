/**
 * Swedish postcodes: five digits, the first 1–9 (100 00–984 99), stored and shown as "123 45", the form the post
 * and the public API's order intake use. No imports: the CMS and the API share it.
 */
export type PostcodeProblem = 'format' | 'firstDigit'

export function parsePostcode(input: string): { ok: true; stored: string } | { ok: false; problem: PostcodeProblem } {
  const digits = input.replace(/\s/g, '')
  if (!/^\d{5}$/.test(digits)) return { ok: false, problem: 'format' }
  if (digits.startsWith('0')) return { ok: false, problem: 'firstDigit' }
  return { ok: true, stored: `${digits.slice(0, 3)} ${digits.slice(3)}` }
}

export function normalisePostcode(input: string): string {
  const parsed = parsePostcode(input)
  return parsed.ok ? parsed.stored : input.trim()
}
