import { describe, expect, it } from 'vitest'
import { eventType } from '../../contracts/webhooks'
import { ipLiteral, judgeAddress } from '../../cms/webhooks/address-policy'
import { webhookUrlProblem } from '../../cms/webhooks/url'
import { retryDelayMs } from '../../api/src/outbox/retry'
import { STANDARD_SCHEDULE_MS } from '../../api/src/webhooks/worker'

/** The SSRF rule (cms/webhooks/address-policy.ts) over the address ranges it must tell apart. */
describe('where webhooks may be sent', () => {
  const verdict = (address: string, allowPrivate = false) => {
    const result = judgeAddress(address, allowPrivate)
    return result.allowed ? 'allowed' : result.range
  }

  it('allows global unicast addresses only, by default', () => {
    expect(verdict('93.184.215.14')).toBe('allowed')
    expect(verdict('2a00:1450:4010:c05::64')).toBe('allowed')
    expect(verdict('::ffff:93.184.215.14')).toBe('allowed')
    const refused: Record<string, string> = {
      '127.0.0.1': 'loopback',
      '127.255.0.9': 'loopback',
      '::1': 'loopback',
      '::ffff:127.0.0.1': 'loopback',
      '10.0.0.1': 'private',
      '172.16.5.4': 'private',
      '172.31.255.255': 'private',
      '192.168.1.1': 'private',
      '::ffff:192.168.1.1': 'private',
      'fd00::1': 'uniqueLocal',
      'fc00::1': 'uniqueLocal',
      '100.64.0.1': 'carrierGradeNat',
      '169.254.169.254': 'linkLocal',
      'fe80::1': 'linkLocal',
      '0.0.0.0': 'unspecified',
      '::': 'unspecified',
      '224.0.0.251': 'multicast',
      'ff02::1': 'multicast',
      '255.255.255.255': 'broadcast',
      '192.0.2.10': 'reserved',
      '2001:db8::1': 'reserved',
      '64:ff9b::a00:1': 'rfc6052',
      '2002:a00:1::1': '6to4',
      'not an address': 'invalid',
    }
    for (const [address, range] of Object.entries(refused)) expect(verdict(address), address).toBe(range)
  })

  it('allows private networks only with the switch, and never link-local, multicast or unspecified', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', '192.168.1.1', 'fd00::1', '100.64.0.1']) expect(verdict(address, true), address).toBe('allowed')
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '224.0.0.1', '192.0.2.10', '64:ff9b::a00:1']) expect(verdict(address, true), address).not.toBe('allowed')
  })

  it('reads literal hosts as URLs spell them', () => {
    expect(ipLiteral(new URL('http://[::1]:8080/').hostname)).toBe('::1')
    expect(ipLiteral(new URL('http://0x7f.1/').hostname)).toBe('127.0.0.1')
    expect(ipLiteral(new URL('http://2130706433/').hostname)).toBe('127.0.0.1')
    expect(ipLiteral('partner.example.org')).toBeNull()
    expect(webhookUrlProblem('https://partner.example.org/hook')).toBeNull()
    expect(webhookUrlProblem('file:///etc/passwd')).toBe('scheme')
    expect(webhookUrlProblem('gopher://partner.example.org/')).toBe('scheme')
    expect(webhookUrlProblem('https://a:b@partner.example.org/')).toBe('credentials')
    expect(webhookUrlProblem('not a url')).toBe('format')
  })

  it('names events as Standard Webhooks suggests', () => {
    expect(eventType('Coordinator', 'UPDATED')).toBe('coordinator.updated')
    expect(eventType('ManualStep', 'UNPUBLISHED')).toBe('manual_step.unpublished')
    expect(eventType('SupportLine', 'CREATED')).toBe('support_line.created')
  })

  it('retries for more than 24 hours on the standard schedule, with at most 10 % jitter', () => {
    const waits = Array.from({ length: 8 }, (_, index) => retryDelayMs(index + 1, { scheduleMs: STANDARD_SCHEDULE_MS }, () => 0))
    expect(waits.slice(0, 3)).toEqual([5_000, 300_000, 1_800_000])
    // The attempt after these waits is the first one made 24 hours or more after the first: the give-up comes then.
    const total = waits.slice(0, 7).reduce((sum, wait) => sum + wait, 0)
    expect(total).toBeGreaterThanOrEqual(24 * 3_600_000)
    expect(retryDelayMs(1, { scheduleMs: STANDARD_SCHEDULE_MS }, () => 0.999)).toBeLessThanOrEqual(5_500)
    expect(retryDelayMs(30, { baseMs: 100, maxMs: 500 }, () => 0)).toBe(500)
  })
})
