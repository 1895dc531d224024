import { ApiError } from '../common/errors'

/**
 * API_KEY_INVALID: an `Authorization` header the API cannot accept: not a Bearer NSPM key, or a key that is unknown,
 * revoked or deleted. One code for all of them: a deleted key leaves nothing to tell it from a string never issued,
 * a revoked one must be refused the same way, and the remedy is the same (check the header, or ask NSPM for a new
 * key). HTTP 401 with RFC 6750's `WWW-Authenticate: Bearer`, answered before GraphQL runs; never anonymous instead.
 */
export class InvalidApiKeyError extends ApiError {
  constructor(kind: 'scheme' | 'token') {
    super(
      'API_KEY_INVALID',
      kind === 'scheme'
        ? 'The Authorization header must be "Bearer" followed by an NSPM API key (nspm_…). Send no Authorization header to use the API without a key.'
        : 'The API key is not valid: it is malformed, unknown, revoked or deleted. Check that the whole key is sent as "Authorization: Bearer nspm_…"; if it is, ask NSPM for a new key. Send no Authorization header to use the API without a key.',
    )
    // RFC 6750 §3.1: no error code when the request used another scheme than Bearer; invalid_token otherwise.
    this.responseHeaders = { 'www-authenticate': kind === 'scheme' ? 'Bearer realm="NSPM API"' : 'Bearer realm="NSPM API", error="invalid_token"' }
  }
}
