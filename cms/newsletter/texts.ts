import type { ContentLocale } from '../../contracts/locales'
import { LINK_PLACEHOLDERS } from '../../contracts/newsletter-issues'

/** What the newsletter says around the editor's content, in each language it is sent in. */
type Texts = {
  branding: string
  publications: string
  read: string
  order: (articleNumber: string | null) => string
  why: string
  links: { label: string; url: string }[]
}

export const NEWSLETTER_TEXTS: Record<ContentLocale, Texts> = {
  sv: {
    branding: 'Nationella samordningen mot prostitution och människohandel (NSPM), Jämställdhetsmyndigheten',
    publications: 'Publikationer',
    read: 'Läs eller ladda ner',
    order: (articleNumber) => `Kan beställas tryckt från NSPM${articleNumber ? ` (artikelnummer ${articleNumber})` : ''}.`,
    why: 'Du får det här nyhetsbrevet eftersom du prenumererar på det hos NSPM.',
    links: [
      { label: 'Ändra ämnen eller språk', url: LINK_PLACEHOLDERS.preferences },
      { label: 'Se eller radera dina uppgifter', url: LINK_PLACEHOLDERS.data },
      { label: 'Avsluta prenumerationen', url: LINK_PLACEHOLDERS.unsubscribe },
    ],
  },
  en: {
    branding: 'National Coordination Against Prostitution and Trafficking in Human Beings (NSPM), Swedish Gender Equality Agency',
    publications: 'Publications',
    read: 'Read or download',
    order: (articleNumber) => `Printed copies can be ordered from NSPM${articleNumber ? ` (article number ${articleNumber})` : ''}.`,
    why: 'You receive this newsletter because you subscribed to it at NSPM.',
    links: [
      { label: 'Change topics or language', url: LINK_PLACEHOLDERS.preferences },
      { label: 'See or erase your data', url: LINK_PLACEHOLDERS.data },
      { label: 'Unsubscribe', url: LINK_PLACEHOLDERS.unsubscribe },
    ],
  },
}
