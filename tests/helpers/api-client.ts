import { ClientError, GraphQLClient } from 'graphql-request'
import { inject } from 'vitest'

/** graphql-request against the running public API, as a consumer would use it. */
export function apiClient(headers: Record<string, string> = {}): GraphQLClient {
  return new GraphQLClient(inject('apiUrl'), { headers })
}

export type ApiErrorShape = { message: string; extensions: Record<string, unknown> & { code?: string } }

/** The first GraphQL error of a request that must fail; throws if it succeeded. */
export async function graphqlError(request: Promise<unknown>): Promise<ApiErrorShape> {
  try {
    await request
  } catch (error) {
    if (error instanceof ClientError && error.response.errors?.[0]) {
      const first = error.response.errors[0]
      return { message: first.message, extensions: (first.extensions ?? {}) as ApiErrorShape['extensions'] }
    }
    throw error
  }
  throw new Error('Expected a GraphQL error, but the request succeeded')
}
