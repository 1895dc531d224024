import type { IncomingMessage, ServerResponse } from 'node:http'
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server'
import type { MikroORM } from '@mikro-orm/postgresql'
import { createContext, type ApiContext, type ContextOptions } from './context'
import type { RequestLimits } from './limits/request-limits'
import { withRequestId } from './observability/error-body'
import type { RequestRecord } from './observability/request-record'

/** The request run through Apollo, with a context of its own (context.ts): Apollo's answer, not yet sent. */
export function executeGraphql(
  apollo: ApolloServer<ApiContext>,
  orm: MikroORM,
  context: ContextOptions,
  request: IncomingMessage,
  url: URL,
  body: unknown,
  limits: RequestLimits,
): Promise<HTTPGraphQLResponse> {
  const headers = new HeaderMap()
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  return apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(orm, request, limits, context),
  })
}

/** Sends Apollo's answer as it is (not cacheable): its headers, the status, the body with the request id in its errors. */
export async function sendGraphqlResponse(response: ServerResponse, result: HTTPGraphQLResponse, status: number, record: RequestRecord): Promise<void> {
  for (const [name, value] of result.headers) response.setHeader(name, value)
  response.statusCode = status
  if (result.body.kind === 'complete') return void response.end(withRequestId(result.body.string, record))
  for await (const chunk of result.body.asyncIterator) response.write(chunk)
  response.end()
}
