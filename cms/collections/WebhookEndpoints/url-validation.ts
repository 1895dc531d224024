import type { TextFieldSingleValidation } from 'payload'
import { t, type Bilingual } from '../../fields/i18n'
import { say } from '../../fields/validation/validate'
import { judgeAddress, judgeHost } from '../../webhooks/address-policy'
import { webhookUrlProblem, type WebhookUrlProblem } from '../../webhooks/url'

const MESSAGES: Record<WebhookUrlProblem, Bilingual> = {
  format: t('Skriv en fullständig adress, t.ex. https://partner.example.se/webhooks/nspm.', 'Enter a full address, e.g. https://partner.example.org/webhooks/nspm.'),
  scheme: t('Adressen ska börja med https:// (eller http://).', 'The address must start with https:// (or http://).'),
  credentials: t(
    'Adressen får inte innehålla användarnamn eller lösenord: signaturen visar mottagaren att anropet kommer från oss.',
    'The address may not contain a user name or password: the signature shows the receiver that the call comes from us.',
  ),
  length: t('Adressen får vara högst 2 000 tecken.', 'The address may be at most 2,000 characters long.'),
}

const RANGES: Record<string, Bilingual> = {
  loopback: t('loopback, den egna servern', 'loopback, this server itself'),
  private: t('privat nät, RFC 1918', 'private network, RFC 1918'),
  uniqueLocal: t('lokalt IPv6-nät', 'IPv6 unique local network'),
  carrierGradeNat: t('operatörs-NAT', 'carrier-grade NAT'),
  linkLocal: t('länklokal, där bl.a. molntjänsters metadata svarar', 'link-local, where cloud metadata services answer'),
  unspecified: t('ospecificerad', 'unspecified'),
  multicast: t('multicast', 'multicast'),
  broadcast: t('broadcast', 'broadcast'),
}
const SPECIAL = t('särskild användning', 'special-purpose')

/** Saved endpoints are looked up with a short deadline; a slow or missing DNS answer is left to the delivery log. */
const SAVE_LOOKUP_TIMEOUT_MS = 3_000

function refusal(host: string, address: string, range: string, allowPrivate: boolean): Bilingual {
  const kind = RANGES[range] ?? SPECIAL
  const where = host === address ? address : `${host} (${address})`
  const canAllow = !allowPrivate && judgeAddress(address, true).allowed
  return canAllow
    ? t(
        `${where} är en intern adress (${kind.sv}). Webhooks skickas bara till publika adresser, om inte en administratör kryssar i "Tillåt privata nätverksadresser".`,
        `${where} is an internal address (${kind.en}). Webhooks go to public addresses only, unless an administrator ticks "Allow private network addresses".`,
      )
    : t(`${where} är en adress som webhooks aldrig skickas till (${kind.sv}).`, `${where} is an address webhooks are never sent to (${kind.en}).`)
}

/**
 * The endpoint's address: http(s) only, and (SSRF) not an internal address unless the endpoint allows private
 * network addresses. Literal addresses are judged as typed; names are looked up when the document is saved (not on
 * every keystroke) and refused when any address they resolve to is. The API judges again at every delivery.
 */
export const validateWebhookUrl: TextFieldSingleValidation = async (value, { req, siblingData, event, required }) => {
  if (typeof value !== 'string' || value.trim() === '') return required ? req.t('validation:required') : true
  const problem = webhookUrlProblem(value.trim())
  if (problem) return say(MESSAGES[problem], req)
  const allowPrivate = Boolean((siblingData as { allowPrivateNetwork?: unknown }).allowPrivateNetwork)
  const { hostname } = new URL(value.trim())
  if (event === 'onChange' && !/^[\d.]+$|^\[/.test(hostname)) return true
  const verdict = await judgeHost(hostname, allowPrivate, SAVE_LOOKUP_TIMEOUT_MS)
  if (!verdict.allowed && verdict.reason === 'refused') return say(refusal(hostname.replace(/^\[|\]$/g, ''), verdict.address, verdict.range, allowPrivate), req)
  return true
}
