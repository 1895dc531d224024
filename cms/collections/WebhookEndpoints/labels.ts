import type { PublicTypeName } from '../../../contracts/public-types'
import { t, type Bilingual } from '../../fields/i18n'
import type { DeliveryErrorKind, DeliveryStatus } from '../../../contracts/webhooks'

/** The public types as editors know them (the collections' labels). */
export const TYPE_LABELS: Record<PublicTypeName, Bilingual> = {
  Region: t('Polisregion', 'Police region'),
  County: t('Län', 'County'),
  Municipality: t('Kommun', 'Municipality'),
  Coordinator: t('Regionkoordinator', 'Regional coordinator'),
  Organisation: t('Organisation', 'Organisation'),
  Network: t('Nätverk', 'Network'),
  Programme: t('Stödprogram', 'Programme'),
  ManualStep: t('Steg i manualen', 'Manual step'),
  Concept: t('Begrepp', 'Concept'),
  Page: t('Artikel', 'Article'),
  Publication: t('Publikation', 'Publication'),
  SupportLine: t('Nationell stödtelefon', 'National support line'),
}

/** How the admin names a delivery's status and the reason an attempt failed (delivery log, dashboard). Pure: the client components use it. */
export const STATUS_LABELS: Record<DeliveryStatus, Bilingual> = {
  pending: t('Väntar', 'Pending'),
  delivered: t('Levererad', 'Delivered'),
  failed: t('Misslyckad', 'Failed'),
  cancelled: t('Stoppad', 'Cancelled'),
}

const ERROR_LABELS: Record<DeliveryErrorKind, Bilingual> = {
  timeout: t('Inget svar i tid', 'No answer in time'),
  'connection-refused': t('Anslutningen nekades', 'Connection refused'),
  'connection-reset': t('Anslutningen bröts', 'Connection reset'),
  unreachable: t('Går inte att nå', 'Unreachable'),
  dns: t('Namnet kunde inte slås upp', 'Name not resolved'),
  'address-refused': t('Intern adress, skickas inte', 'Internal address, not sent'),
  tls: t('TLS-fel (certifikat)', 'TLS error (certificate)'),
  'invalid-url': t('Ogiltig adress', 'Invalid address'),
  redirect: t('Omdirigering (följs inte)', 'Redirect (not followed)'),
  gone: t('410 Gone: mottagaren vill inte ha fler', '410 Gone: the receiver wants no more'),
  'http-status': t('Felsvar', 'Error answer'),
  'no-secret': t('Ingen användbar signeringsnyckel', 'No usable signing secret'),
  aborted: t('Avbrutet (API:t stängdes)', 'Aborted (the API stopped)'),
  network: t('Nätverksfel', 'Network error'),
}

/** "Error answer · HTTP 500", "Connection refused (ECONNREFUSED)", "HTTP 204", or null before any attempt. */
export function attemptSummary(lastStatus: number | null, lastError: string | null, say: (text: Bilingual) => string): string | null {
  if (!lastError) return lastStatus ? `HTTP ${lastStatus}` : null
  const [kind, ...rest] = lastError.split(' ')
  const label = kind && kind in ERROR_LABELS ? say(ERROR_LABELS[kind as DeliveryErrorKind]) : kind
  return [label + (rest.length ? ` ${rest.join(' ')}` : ''), lastStatus ? `HTTP ${lastStatus}` : null].filter(Boolean).join(' · ')
}
