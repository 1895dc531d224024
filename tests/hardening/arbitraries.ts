import fc from 'fast-check'

/**
 * Arbitraries for fuzzing the public mutations: each argument is either well typed (realistic Swedish data, values
 * at and just beyond the documented limits), a well-typed value with a nasty character slipped in, or hostile (the
 * wrong JSON type, huge, unicode edge cases, nested objects, arrays where a scalar belongs, a missing or unknown key).
 */

/** Characters and fragments that break naive string handling: NUL, zero-width, RTL, emoji, surrogates, quoting. */
const NASTY = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u061c',
  'مرحبا',
  'שלום',
  '\u2028',
  '\u2029',
  '\ufffd',
  '\uffff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '\u{1F1F8}\u{1F1EA}',
  'e\u0301',
  'Å',
  'ä',
  'ö',
  'ß',
  'İ',
  'ﬃ',
  '𝕬',
  '\ud800',
  '\udfff',
  '\\',
  '"',
  "'",
  '`',
  '%',
  '%00',
  '%s%n',
  '${x}',
  '{{7*7}}',
  '<script>',
  '--',
  ';',
  "' OR '1'='1",
  '\\u0000',
] as const

// NUL is the one PostgreSQL refuses in text, so it comes up more often than the rest.
const nastyChar = fc.oneof({ weight: 1, arbitrary: fc.constant('\u0000') }, { weight: 4, arbitrary: fc.constantFrom(...NASTY) })

/** Bytes a string takes in a JSON body (escapes included). */
export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '')

/** A string of one repeated unit, up to ~10 kB once JSON-encoded. */
const hugeString = fc
  .tuple(fc.constantFrom('a', 'ä', '😀', '\u0000', '\u202e', '\u200b', 'x"\\', 'Anna ', '1'), fc.integer({ min: 300, max: 10_000 }))
  .map(([unit, bytes]) => unit.repeat(Math.max(1, Math.floor(bytes / (jsonBytes(unit) - 2)))))

/** Any string at all: arbitrary code points, nasty fragments, classic injection strings, huge ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: nastyChar, maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '   ',
      'null',
      'undefined',
      'NaN',
      '0',
      '-1',
      'true',
      '__proto__',
      'constructor',
      "'; DROP TABLE material_orders; --",
      '../../etc/passwd',
      'SELECT 1',
      '\u0000\u0000',
    ),
  },
  { weight: 1, arbitrary: hugeString },
)

/** A JSON value of the wrong type for a scalar slot (or a string of any kind). */
const smallScalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e21, 0.5, -0.0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    { weight: 3, arbitrary: hostileString },
    { weight: 4, arbitrary: smallScalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'email', 'name', '')), tie('value'), { maxKeys: 4 }) },
  ),
})).value

/** Drops a key, adds an unknown one, or leaves the object alone: input-object coercion at its edges. */
export function reshaped<T extends Record<string, unknown>>(object: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      object,
      fc.nat(),
      fc.constantFrom<'keep' | 'drop' | 'extra'>('keep', 'keep', 'keep', 'keep', 'drop', 'extra'),
      hostileValue,
      fc.constantFrom('extra', 'Email', 'emailAddress', '__typename', 'id'),
    )
    .map(([value, index, how, extraValue, extraKey]) => {
      const copy: Record<string, unknown> = { ...value }
      const keys = Object.keys(copy)
      if (how === 'drop' && keys.length > 0) delete copy[keys[index % keys.length]!]
      if (how === 'extra') copy[extraKey] = extraValue
      return copy
    })
}

/** A well-typed value with one nasty fragment inserted somewhere. */
export function injected(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.array(nastyChar, { minLength: 1, maxLength: 3 }), fc.nat()).map(([value, parts, at]) => {
    const position = at % (value.length + 1)
    return value.slice(0, position) + parts.join('') + value.slice(position)
  })
}

/** A well-typed input with nasty fragments inserted into one of its strings, so that it still passes validation. */
export function injectedSomewhere<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(valid, fc.nat(), fc.array(nastyChar, { minLength: 1, maxLength: 3 }), fc.nat()).map(([value, which, parts, at]) => {
    const copy = structuredClone(value)
    const slots: [Record<string, unknown>, string][] = []
    const collect = (node: unknown) => {
      if (!node || typeof node !== 'object') return
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === 'string') slots.push([node as Record<string, unknown>, key])
        else collect(child)
      }
    }
    collect(copy)
    const slot = slots[which % Math.max(1, slots.length)]
    if (slot) {
      const [holder, key] = slot
      const text = holder[key] as string
      const position = at % (text.length + 1)
      holder[key] = text.slice(0, position) + parts.join('') + text.slice(position)
    }
    return copy
  })
}

/** Mostly the well-typed value; sometimes with a nasty character in it; sometimes something else entirely. */
export function field(valid: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 14, arbitrary: valid }, { weight: 1, arbitrary: injected(valid) }, { weight: 1, arbitrary: hostileValue })
}

/** Sometimes leave the key out entirely (JSON.stringify drops undefined). */
export const orMissing = <T>(arbitrary: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 20, arbitrary }, { weight, arbitrary: fc.constant(undefined) })

// ---------------------------------------------------------------------------------------------------------------
// Realistic Swedish data

const FIRST = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Åsa',
  'Märta',
  'Ingrid',
  'Linnéa',
  'Anna-Karin',
  'Lars',
  'Mikael',
  'Johan',
  'Erik',
  'Björn',
  'Örjan',
  'Per-Olof',
  'Mohammed',
  'Aleksandra',
  'Nguyen',
]
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Lindström',
  'Åberg',
  'Sjögren',
  'Öberg',
  'Ekström',
  'Bäckström',
  'af Klint',
  'Hussein',
  'Kowalska',
  'Lindqvist Öhman',
]
const TOWNS = ['Göteborg', 'Stockholm', 'Malmö', 'Kiruna', 'Luleå', 'Umeå', 'Örebro', 'Västerås', 'Jönköping', 'Åre', 'Sundsvall', 'Visby', 'Falun', 'Borås']
const DOMAINS = ['example.org', 'example.com', 'example.se', 'socialtjansten.example.se', 'polisen.example.se', 'lansstyrelsen.example.se', 'kvinnojouren.example.nu']

const ascii = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')

export const swedishName = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.constantFrom('', '', '', ' ', '  '))
  .map(([first, last, pad]) => `${pad}${first} ${last}${pad}`)

const unique = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 4, maxLength: 8 })

export const realisticEmail: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 16,
    arbitrary: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), unique, fc.constantFrom(...DOMAINS), fc.boolean()).map(([first, last, tag, domain, upper]) => {
      const address = `${ascii(first)}.${ascii(last)}+${tag}@${domain}`
      return upper ? address.toUpperCase() : address
    }),
  },
  { weight: 1, arbitrary: fc.emailAddress() },
  // At and beyond the limits: 64-character local part, 254 characters in all, one more.
  {
    weight: 1,
    arbitrary: fc.tuple(unique, fc.constantFrom(64, 65), fc.constantFrom(254, 255)).map(([tag, local, total]) => {
      const head = `${tag}${'x'.repeat(local)}`.slice(0, local)
      return `${head}@${'d'.repeat(total - local - 1 - 3)}.se`
    }),
  },
  // Nearly an address.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FIRST), unique, fc.nat(5)).map(([first, tag, variant]) => {
      const name = ascii(first)
      return [`${name}${tag}@`, `${name}${tag}@example`, `@${tag}.se`, `${name} ${tag}@example.se`, `${name}${tag}@@example.se`, ` ${name}.${tag}@Example.SE `][variant]!
    }),
  },
)

export const organisation = fc
  .tuple(
    fc.constantFrom('Socialtjänsten i', 'Kvinnojouren i', 'Polisen region', 'Länsstyrelsen i', 'Mottagningen för unga,', 'Stadsmissionen i', 'Migrationsverket,'),
    fc.constantFrom(...TOWNS),
  )
  .map(([prefix, town]) => `${prefix} ${town}`)

export const phone = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.tuple(fc.constantFrom('031', '08', '070', '073', '0980', '+46 70', '+4631'), fc.integer({ min: 100_000, max: 9_999_999 })).map(([area, number]) => {
      const digits = String(number)
      return `${area}-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`.trim()
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('12345', '123456', '+46 (0)8-123 456 78', '0'.repeat(21), '1'.repeat(22), '020-390 000', '112', 'abc 123 456', '+46 8 123 456 789 0123'),
  },
)

export const street = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.constantFrom('Storgatan', 'Drottninggatan', 'Kungsgatan', 'Södra vägen', 'Östra Hamngatan', 'Skolgränd', 'Lillgatan'),
        fc.integer({ min: 1, max: 250 }),
        fc.constantFrom('', ' A', ' B', ', lgh 1102', ' 3 tr'),
      )
      .map(([name, number, suffix]) => `${name} ${number}${suffix}`),
  },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 99_999 }).map((box) => `Box ${box}`) },
  { weight: 1, arbitrary: fc.constantFrom('S'.repeat(150), 'S'.repeat(151)) },
)

export const postcode = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 10_000, max: 99_999 }).map((code) => (code % 2 ? `${String(code).slice(0, 3)} ${String(code).slice(3)}` : String(code))) },
  { weight: 1, arbitrary: fc.constantFrom('1234', '123456', '12 345', ' 41104 ', '411-04', 'SE-411 04', '') },
)

export const town = fc.oneof({ weight: 16, arbitrary: fc.constantFrom(...TOWNS) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 'G'.repeat(80), 'G'.repeat(81)) })

const keyAlphabet = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')
export const idempotencyKey = fc.oneof(
  { weight: 16, arbitrary: fc.string({ unit: keyAlphabet, minLength: 8, maxLength: 100 }) },
  // A few shared keys so that replays and "used for a different order" happen.
  { weight: 1, arbitrary: fc.constantFrom('fuzz-shared-key-0001', 'fuzz-shared-key-0002', 'fuzz-shared-key-0003') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ unit: keyAlphabet, minLength: 0, maxLength: 7 }),
      fc.string({ unit: keyAlphabet, minLength: 101, maxLength: 120 }),
      fc.constantFrom('has space 123', 'åäö-key-1234', 'key/with/slash'),
    ),
  },
)

export const locale = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('SV', 'EN') },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('sv', 'FI', 'sv-SE', '') },
)

const TOPICS = ['NEWS', 'PUBLICATIONS', 'EVENTS'] as const
export const topics = fc.oneof(
  { weight: 8, arbitrary: fc.subarray([...TOPICS], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOPICS), { minLength: 2, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('news', 'OTHER', '', 'NEWS '), { minLength: 1, maxLength: 3 }) },
)

/** Raw tokens: 256-bit base64url like the real ones, just outside the accepted shape, or near misses. */
const base64url = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
export const tokenLike = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: base64url, minLength: 43, maxLength: 43 }) },
  { weight: 2, arbitrary: fc.oneof(fc.string({ unit: base64url, minLength: 19, maxLength: 20 }), fc.string({ unit: base64url, minLength: 100, maxLength: 101 })) },
  { weight: 1, arbitrary: fc.string({ unit: base64url, minLength: 43, maxLength: 43 }).map((token) => `${token}=`) },
  { weight: 1, arbitrary: fc.string({ unit: base64url, minLength: 43, maxLength: 43 }).map((token) => token.replace(/[-_]/g, '+')) },
)
