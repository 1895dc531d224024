/**
 * What an endpoint's address must look like, before any address check (address-policy.ts): an absolute http or
 * https URL with a host, no user name or password (the signature authenticates us; credentials in a URL end up in
 * logs and screenshots) and at most 2,000 characters. Shared by the CMS's validation and the API's sender.
 */
export type WebhookUrlProblem = 'format' | 'scheme' | 'credentials' | 'length'

export function webhookUrlProblem(value: string): WebhookUrlProblem | null {
  if (value.length > 2_000) return 'length'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'format'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme'
  if (!url.hostname) return 'format'
  if (url.username || url.password) return 'credentials'
  return null
}
