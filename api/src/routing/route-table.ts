import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from '../http'
import type { RequestRecord } from '../observability/request-record'

/** One request as every route receives it: the URL parsed once, and the access-log record the route may annotate. */
export type RouteCall = { request: IncomingMessage; response: ServerResponse; url: URL; record: RequestRecord }

/**
 * One entry of the route table. `handle` answers the request; it returns false when the path is the route's but
 * the request is not (a page the module does not know), and the next route is asked.
 */
export type Route = {
  name: string
  matches: (url: URL, request: IncomingMessage) => boolean
  handle: (call: RouteCall) => Promise<boolean | void> | boolean | void
}

/** The first route that matches and takes the request answers it; nothing does: 404. Errors go to route-errors.ts. */
export async function dispatch(routes: readonly Route[], call: RouteCall): Promise<void> {
  for (const route of routes) {
    if (route.matches(call.url, call.request) && (await route.handle(call)) !== false) return
  }
  sendJson(call.response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' })
}
