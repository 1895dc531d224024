type GraphqlError = { message: string; extensions?: { code?: string } & Record<string, unknown> }
type GraphqlBody = { data?: Record<string, unknown> | null; errors?: GraphqlError[] }
export type Probed = { status: number; body: GraphqlBody; text: string }

/**
 * A raw request to /graphql, as a scanner sends it: the body as given (a string is sent as is), the answer's status,
 * text and JSON (`{}` when it is not JSON). graphql-request would hide the status and refuse odd bodies.
 */
export async function probe(url: string, body: unknown, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Probed> {
  const method = init.method ?? 'POST'
  const response = await fetch(url, {
    method,
    headers: method === 'POST' ? { 'content-type': 'application/json', ...init.headers } : init.headers,
    body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
  })
  const text = await response.text()
  let parsed: GraphqlBody = {}
  try {
    parsed = JSON.parse(text) as GraphqlBody
  } catch {
    // a non-JSON answer is checked through `text`
  }
  return { status: response.status, body: parsed, text }
}
