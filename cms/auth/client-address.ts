import type { PayloadRequest } from 'payload'

/**
 * The header in which the CMS's own HTTP server (runtime/cms-http.ts) hands every request the client's address, as
 * TRUST_PROXY and the API define it. The server overwrites whatever a client sent under this name, so the value
 * can be trusted; Next.js alone cannot tell the socket's address to a route handler once X-Forwarded-For is set.
 */
export const CLIENT_ADDRESS_HEADER = 'x-nspm-client-address'

/** 'unknown' for the Local API and for a CMS started without runtime/cms-http.ts. */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string => req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
