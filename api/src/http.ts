import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { REQUEST_ID_HEADER } from './observability/request-id'

export const MAX_BODY_BYTES = 64 * 1024

export class BodyTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes; a larger one is refused before it is buffered whole. */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limit) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLargeError()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

export type ErrorBody = { message: string; extensions: Readonly<Record<string, unknown>> }

/** A GraphQL-shaped error answer written by the server itself; every error names the request (`extensions.requestId`). */
export function sendErrors(response: ServerResponse, status: number, errors: readonly ErrorBody[]): void {
  const requestId = response.getHeader(REQUEST_ID_HEADER)
  sendJson(response, status, { errors: requestId === undefined ? errors : errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } })) })
}

/** Adds a field to the response's Vary header, keeping those already named there. */
export function appendVary(response: ServerResponse, field: string): void {
  const current = response.getHeader('vary')
  if (current === undefined) return void response.setHeader('vary', field)
  const fields = String(current)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (fields.some((name) => name.toLowerCase() === field.toLowerCase() || name === '*')) return
  response.setHeader('vary', [...fields, field].join(', '))
}

/**
 * Listens, or fails with one sentence an operator can act on when the port is taken (the entry point logs the
 * message, not a stack): without an `error` listener Node throws the event and the process dies with its trace.
 */
export function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new Error(`Port ${port} for the API is already in use: stop whatever listens there, or choose another port with API_PORT=<port>.`) : error,
      )
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      resolve()
    })
  })
}
