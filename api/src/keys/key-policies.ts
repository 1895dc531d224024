import { QUOTA_BOUNDS } from '../../../contracts/api-keys'
import { ANONYMOUS_ORDERS, ANONYMOUS_SUBSCRIPTIONS, type LimitPolicies, type LimitPolicy } from '../limits/policy'
import type { ApiKeyRecord } from './api-key.entity'

/** A stored quota as whole units within its bounds; a missing or broken value gets the default. */
function units(stored: string | null | undefined, bounds: { default: number; min: number; max: number }): number {
  const value = stored === null || stored === undefined ? Number.NaN : Math.round(Number(stored))
  return Number.isFinite(value) ? Math.min(Math.max(value, bounds.min), bounds.max) : bounds.default
}

const hourly = (name: string, quota: number): LimitPolicy => ({ name, quota, windowSeconds: 3600 })

/**
 * A key's limits, under the same policy names as anonymous callers' (clients read one set of headers): its own
 * query budget always; raised order and subscription limits only when the key submits on behalf of many people,
 * otherwise the anonymous ones, counted for the key instead of an address.
 */
export function keyPolicies(key: ApiKeyRecord): LimitPolicies {
  return {
    queries: { name: 'queries', quota: units(key.queriesPerMinute, QUOTA_BOUNDS.queriesPerMinute), windowSeconds: 60 },
    orders: key.submitsOnBehalf ? hourly('orders', units(key.ordersPerHour, QUOTA_BOUNDS.ordersPerHour)) : ANONYMOUS_ORDERS,
    subscriptions: key.submitsOnBehalf ? hourly('subscriptions', units(key.subscriptionsPerHour, QUOTA_BOUNDS.subscriptionsPerHour)) : ANONYMOUS_SUBSCRIPTIONS,
  }
}
