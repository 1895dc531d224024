import type { IncomingMessage } from 'node:http'
import { limitedAddress } from './client-address'
import type { LimitPolicies } from './policy'

/**
 * Who is calling, as far as limits go: whose counters a request uses (`id`, part of every bucket name) and under
 * which policies. An anonymous caller is its client address (client-address.ts) with the anonymous policies.
 */
export type Caller = {
  readonly id: string
  readonly policies: LimitPolicies
  /** Called once after a limit refused one of the caller's requests (429): partner keys count it (keys/key-usage.ts). */
  readonly onLimited?: () => void
}

/**
 * Turns a request into its caller, once per GraphQL request and before the response cache, so that cached answers
 * count too. The default answers the anonymous caller; the partner-key resolver (keys/key-resolver.ts) reads
 * `Authorization: Bearer …` and returns the key's own id (`key:<id>`) and higher policies, or throws an ApiError for a
 * revoked or unknown key (answered before GraphQL runs, with the status `httpStatusOf` gives its code).
 */
export type CallerResolver = (request: IncomingMessage, anonymous: Caller) => Caller | Promise<Caller>

/** A caller without a key: its client address (an IPv6 address by its /64, see client-address.ts). */
export const anonymousCaller = (address: string, policies: LimitPolicies): Caller => ({ id: `ip:${limitedAddress(address)}`, policies })

export const resolveAnonymously: CallerResolver = (_request, anonymous) => anonymous
