import type { PageLocale } from '../newsletter/pages'

/** The archive pages' own words; an issue's subject and body are the editors', in the language. */
const SV = {
  listTitle: 'Nyhetsbrev från NSPM',
  intro: 'Nyhetsbreven som NSPM har skickat, det senaste först.',
  empty: 'Inga nyhetsbrev har skickats ännu.',
  older: 'Äldre nyhetsbrev',
  first: 'Till de senaste',
  sent: 'Skickat',
  topics: 'Ämnen',
  all: 'Alla nyhetsbrev',
  otherLanguage: 'Read in English',
  notFoundTitle: 'Nyhetsbrevet finns inte',
  notFound: 'Det finns inget skickat nyhetsbrev på den här adressen. Kanske har länken ändrats: se alla nyhetsbrev.',
  invalidTitle: 'Felaktig länk',
  invalid: 'Länken till arkivet är inte giltig. Börja om från de senaste nyhetsbreven.',
  unavailableTitle: 'Tjänsten är tillfälligt otillgänglig',
  unavailable: 'Vi kan inte visa nyhetsbreven just nu. Försök igen om en liten stund.',
}

export const ARCHIVE_COPY: Record<PageLocale, typeof SV> = {
  sv: SV,
  en: {
    listTitle: 'Newsletters from NSPM',
    intro: 'The newsletters NSPM has sent, newest first.',
    empty: 'No newsletter has been sent yet.',
    older: 'Older newsletters',
    first: 'Back to the latest',
    sent: 'Sent',
    topics: 'Topics',
    all: 'All newsletters',
    otherLanguage: 'Läs på svenska',
    notFoundTitle: 'Newsletter not found',
    notFound: 'There is no sent newsletter at this address. The link may have changed: see all newsletters.',
    invalidTitle: 'Invalid link',
    invalid: 'This link to the archive is not valid. Start again from the latest newsletters.',
    unavailableTitle: 'Temporarily unavailable',
    unavailable: 'We cannot show the newsletters right now. Please try again in a moment.',
  },
}
