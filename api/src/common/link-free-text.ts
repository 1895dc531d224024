import { LinkifyIt } from 'linkify-it'

// markdown-it's linker, with schemeless links, emails and IPs on: close to what webmail clients turn into links.
const linkify = new LinkifyIt().set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true })
// Clients know far more top-level domains than linkify-it's list ("evil.xyz", "evil.online"): any name.name shape
// counts. "S:t Eriksgatan" and "St. Eriksgatan" pass; "St.Eriksgatan" needs its space.
const HOST_SHAPE = /[\p{L}\p{N}_-]\.\p{L}{2,}/u

/**
 * Whether a mail client could show part of the text as a link (a URL, an email address, a domain or an IP).
 * Text typed into a public form must not: NSPM's own emails would carry a stranger's link to any address.
 * NFKC first, so that full-width "ｅｖｉｌ．ｓｅ" counts as the "evil.se" clients display.
 */
export function containsLink(value: string): boolean {
  const shown = value.normalize('NFKC')
  return HOST_SHAPE.test(shown) || linkify.test(shown)
}

// Swedish post towns are words of letters joined by single spaces or hyphens: "Göteborg", "Upplands Väsby".
const POST_TOWN = /^\p{L}+(?:[ -]\p{L}+)*$/u

/** A post town as the order mails may repeat it: letters only, so it can carry neither a link nor a number. */
export const isPostTown = (value: string): boolean => POST_TOWN.test(value.trim()) && !containsLink(value)
