/**
 * Wrappers for the Next.js route handlers Payload provides, for the two refusals Payload answers as server errors
 * without passing them through its error hooks (cms/hooks/refusal-errors.ts handles the rest).
 */
type RouteHandler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

const refusal = (status: number, message: string, headers?: Headers): Response =>
  new Response(JSON.stringify({ errors: [{ message }] }), { status, headers: { ...Object.fromEntries(headers ?? []), 'content-type': 'application/json' } })

/**
 * Payload's REST routes, with two answers of "no such thing" that Payload gives as server errors: a path holding a
 * NUL character (PostgreSQL refuses it in text, e.g. as an admin preference's key), and a collection without REST
 * endpoints (Payload's migrations), which Payload answers 501 Not Implemented.
 */
export function refusingWhatCannotExist<A extends unknown[]>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, ...rest) => {
    if (new URL(request.url).pathname.toLowerCase().includes('%00')) return refusal(404, 'Not Found')
    const response = await handler(request, ...rest)
    return response.status === 501 ? refusal(404, 'Not Found', response.headers) : response
  }
}

/** Payload's GraphQL handler fails with 500 on a body that is not JSON: that is the client's 400. */
export function refusingMalformedJson<A extends unknown[]>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, ...rest) => {
    if ((request.headers.get('content-type') ?? '').includes('application/json')) {
      try {
        JSON.parse(await request.clone().text())
      } catch {
        return refusal(400, 'The request body is not valid JSON.')
      }
    }
    return handler(request, ...rest)
  }
}
