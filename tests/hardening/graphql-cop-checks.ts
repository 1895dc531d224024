/**
 * The checks of graphql-cop (github.com/dolevf/graphql-cop, lib/tests/*.py at 2b7e086, November 2025), the public
 * GraphQL security scanner, ported request for request: the same documents, methods, headers and verdicts. Each
 * `found` is true where the scanner reports the finding. Like the scanner, a request that fails or an answer that is
 * not the expected JSON counts as not found. Field Duplication is left out as it is in the scanner
 * (lib/tests/__init__.py, its issue 43: every server answers it).
 */
export type CopCheck = { title: string; found: (url: string) => Promise<boolean> }

const HEADERS = { 'user-agent': 'graphql-cop/1.15' }
type Json = Record<string, unknown> | unknown[] | null

/** lib/utils.py graph_query: a JSON POST of `{ query, operationName: 'cop' }`, or ten `{ query }` when batched. */
async function graphQuery(url: string, query: string, batch = false): Promise<Json> {
  const body = batch ? Array.from({ length: 10 }, () => ({ query })) : { query, operationName: 'cop' }
  const response = await fetch(url, { method: 'POST', headers: { ...HEADERS, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await response.json()) as Json
}

/** lib/utils.py request: a GET with the query in the URL, or a form-encoded POST. */
async function request(url: string, init: { params?: Record<string, string>; form?: Record<string, string>; headers?: Record<string, string> }): Promise<Response> {
  const target = init.params ? `${url}?${new URLSearchParams(init.params)}` : url
  return init.form
    ? fetch(target, { method: 'POST', headers: { ...HEADERS, ...init.headers }, body: new URLSearchParams(init.form) })
    : fetch(target, { headers: { ...HEADERS, ...init.headers } })
}

/** Python's `json['a']['b']`: undefined where the scanner's lookup would raise (and count as not found). */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined
  return current
}

/** Python truthiness of a JSON value. */
const truthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && typeof value === 'object' ? Object.keys(value).length > 0 : Boolean(value))
/** Python's len() of a JSON value: an object's length is its number of keys. */
const length = (value: unknown) =>
  Array.isArray(value) ? value.length : value !== null && typeof value === 'object' ? Object.keys(value).length : typeof value === 'string' ? value.length : 0

const typenameOf = async (response: Response) => truthy(at(await response.json(), 'data', '__typename'))

const aliases = Array.from({ length: 101 }, (_, index) => `alias${index}:__typename \n`).join('')

export const COP_CHECKS: readonly CopCheck[] = [
  {
    title: 'Field Suggestions',
    found: async (url) => {
      const message = at(await graphQuery(url, 'query cop { __schema { directive } }'), 'errors', 0, 'message')
      return typeof message === 'string' && message.includes('Did you mean')
    },
  },
  { title: 'Introspection', found: async (url) => truthy(at(await graphQuery(url, 'query cop { __schema { types { name fields { name } } } }'), 'data', '__schema', 'types')) },
  {
    title: 'GraphQL IDE',
    found: async (url) => {
      const text = await (await request(url, { headers: { accept: 'text/html' } })).text()
      return ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground'].some((word) => text.includes(word))
    },
  },
  { title: 'GET Method Query Support', found: async (url) => typenameOf(await request(url, { params: { query: 'query cop {__typename}' } })) },
  { title: 'Alias Overloading', found: async (url) => truthy(at(await graphQuery(url, `query cop { ${aliases} }`), 'data', 'alias100')) },
  { title: 'Array-based Query Batching', found: async (url) => length(await graphQuery(url, 'query cop { __typename }', true)) >= 10 },
  {
    title: 'Trace Mode',
    found: async (url) => {
      const json = await graphQuery(url, 'query cop { __typename }')
      return truthy(at(json, 'errors', 0, 'extensions', 'tracing')) || JSON.stringify(json).toLowerCase().includes('"extensions":{"tracing":')
    },
  },
  { title: 'Directive Overloading', found: async (url) => length(at(await graphQuery(url, 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }'), 'errors')) === 10 },
  {
    title: 'Introspection-based Circular Query',
    found: async (url) =>
      length(
        at(
          await graphQuery(url, 'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }'),
          'data',
          '__schema',
          'types',
        ),
      ) > 25,
  },
  { title: 'Mutation is allowed over GET (possible CSRF)', found: async (url) => typenameOf(await request(url, { params: { query: 'mutation cop {__typename}' } })) },
  { title: 'POST based url-encoded query (possible CSRF)', found: async (url) => typenameOf(await request(url, { form: { query: 'query cop { __typename }' } })) },
  {
    title: 'Unhandled Errors Detection',
    found: async (url) => {
      const json = await graphQuery(url, 'qwerty cop { abc }')
      return truthy(at(json, 'errors', 0, 'extensions', 'exception')) || JSON.stringify(json).toLowerCase().includes('"extensions":{"exception":')
    },
  },
]

/** The scanner's verdict for one check: an exception (refused connection, a body that is not JSON) is "not found". */
export async function copFinds(check: CopCheck, url: string): Promise<boolean> {
  try {
    return await check.found(url)
  } catch {
    return false
  }
}
