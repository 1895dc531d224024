import { describe, expect, it } from 'vitest'
import { LINK_PLACEHOLDERS, personalise } from '../../contracts/newsletter-issues'
import { renderIssue, type IssueContent } from '../../cms/newsletter/render'
import { TEXT_WIDTH } from '../../cms/newsletter/plain-text'
import { instantToStockholm, stockholmToInstant } from '../../cms/newsletter/stockholm-time'
import { toLexical } from '../../seed/lexical'

/** The newsletter as the CMS renders it (cms/newsletter/render.ts), from real Lexical JSON as the editor stores it. */
const PUBLIC_URL = 'https://cms.nspm.example'

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const element = { format: '', indent: 0, version: 1, direction: 'ltr' }

/** A body with a heading and paragraph (seed helper), a link, an image from media and a PDF from media. */
function body(): IssueContent['body'] {
  const doc = toLexical([{ heading: 'Nytt <stöd> & "hjälp"' }, { paragraph: 'Reflektionstiden är 30 dagar. '.repeat(6).trim() }])
  const children = doc.root.children as unknown[]
  children.push(
    {
      ...element,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: [text('Läs mer i '), { ...element, type: 'link', fields: { url: 'https://www.jamstall.se/manual', linkType: 'custom' }, children: [text('manualen')] }, text('.')],
    },
    {
      type: 'upload',
      version: 3,
      format: '',
      relationTo: 'media',
      fields: null,
      value: { id: 7, url: '/api/media/file/bild.png', mimeType: 'image/png', alt: 'En bild', width: 1200, filename: 'bild.png' },
    },
    {
      type: 'upload',
      version: 3,
      format: '',
      relationTo: 'media',
      fields: null,
      value: { id: 8, url: '/api/media/file/rapport.pdf', mimeType: 'application/pdf', filename: 'rapport.pdf' },
    },
  )
  return doc
}

const content = (overrides: Partial<IssueContent> = {}): IssueContent => ({
  subject: 'December: <script>alert(1)</script> & mer',
  preheader: 'Nytt om reflektionstiden',
  body: body(),
  publications: [
    { title: 'Manual vid misstanke om människohandel', summary: 'Sex steg.', url: `${PUBLIC_URL}/api/media/file/manual.pdf`, orderable: true, articleNumber: 'JAM-2026-1' },
    { title: 'Lägesrapport 26', summary: null, url: null, orderable: false, articleNumber: null },
  ],
  ...overrides,
})

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1

describe('rendering a newsletter issue', () => {
  const sv = renderIssue(content(), 'sv', PUBLIC_URL)

  it('escapes the subject and the editor’s text, and keeps no script', () => {
    expect(sv.html).toContain('December: &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer')
    expect(sv.html).toMatch(/Nytt &lt;stöd&gt; &amp; (&quot;|")hjälp/)
    expect(sv.html).not.toMatch(/<script/i)
    expect(sv.subject).toBe('December: <script>alert(1)</script> & mer')
  })

  it('shows images at absolute addresses of the media, no wider than the layout, and links other files', () => {
    expect(sv.html).toMatch(/<img src="https:\/\/cms\.nspm\.example\/api\/media\/file\/bild\.png" alt="En bild" width="552"/)
    expect(sv.html).toContain(`<a href="${PUBLIC_URL}/api/media/file/rapport.pdf" rel="noopener noreferrer">rapport.pdf</a>`)
  })

  it('announces the publications with their titles, links and how to order', () => {
    expect(sv.bodyHtml).toContain('Manual vid misstanke om människohandel')
    expect(sv.bodyHtml).toContain(`href="${PUBLIC_URL}/api/media/file/manual.pdf"`)
    expect(sv.bodyText).toContain(`Läs eller ladda ner:\n${PUBLIC_URL}/api/media/file/manual.pdf`)
    expect(sv.bodyText).toContain('Kan beställas tryckt från NSPM (artikelnummer JAM-2026-1).')
    expect(sv.bodyText.indexOf('Manual vid misstanke')).toBeLessThan(sv.bodyText.indexOf('Lägesrapport 26'))
  })

  it('puts the preheader first, hidden, and the content in an article in the issue’s language', () => {
    expect(sv.html.indexOf('Nytt om reflektionstiden')).toBeLessThan(sv.html.indexOf('<h1'))
    expect(sv.html).toMatch(/<div style="display:none[^"]*"[^>]*>Nytt om reflektionstiden<\/div>/)
    expect(sv.html).toContain('<html lang="sv">')
    expect(sv.html).toMatch(/role="article"[^>]*lang="sv"/)
  })

  it('has each subscriber link once in each part, in the footer only (not in the archive content)', () => {
    for (const placeholder of Object.values(LINK_PLACEHOLDERS)) {
      expect(occurrences(sv.html, placeholder), placeholder).toBe(1)
      expect(occurrences(sv.text, placeholder), placeholder).toBe(1)
      expect(sv.bodyHtml).not.toContain(placeholder)
      expect(sv.bodyText).not.toContain(placeholder)
    }
    expect(sv.text).toContain(`Avsluta prenumerationen:\n${LINK_PLACEHOLDERS.unsubscribe}\n`)
  })

  it('writes a plain-text part of lines no longer than 78 characters, with link addresses on lines of their own', () => {
    for (const line of sv.text.split('\n')) if (!/^\S+$/.test(line)) expect(line.length, line).toBeLessThanOrEqual(TEXT_WIDTH)
    expect(sv.text).toContain('\nhttps://www.jamstall.se/manual\n')
    expect(sv.text.startsWith('December: <script>alert(1)</script> & mer\n')).toBe(true)
    expect(sv.text).toContain('\n-- \n')
  })

  it('speaks English around an English issue', () => {
    const en = renderIssue(content({ subject: 'December news', preheader: '' }), 'en', PUBLIC_URL)
    expect(en.html).toContain('<html lang="en">')
    expect(en.text).toContain(`Unsubscribe:\n${LINK_PLACEHOLDERS.unsubscribe}`)
    expect(en.bodyText).toContain('Printed copies can be ordered from NSPM (article number JAM-2026-1).')
    expect(en.html).not.toContain('display:none')
    expect(en.text).not.toMatch(/Avsluta|Läs eller/)
  })

  it('becomes one subscriber’s message with personalise(), their links escaped in the HTML', () => {
    const message = personalise(sv, { unsubscribe: 'https://api.example/u?token=a&b', preferences: 'https://api.example/p', data: 'https://api.example/d' })
    expect(message.html).toContain('href="https://api.example/u?token=a&amp;b"')
    expect(message.text).toContain('https://api.example/u?token=a&b')
    expect(message.html).not.toContain('%%NSPM_')
  })
})

describe('Stockholm time for the schedule', () => {
  it('reads an editor’s time as Swedish winter and summer time', () => {
    expect(stockholmToInstant('2026-12-10T09:00')).toBe('2026-12-10T08:00:00.000Z')
    expect(stockholmToInstant('2027-06-10T09:00')).toBe('2027-06-10T07:00:00.000Z')
    expect(stockholmToInstant('10/12/2026 09:00')).toBeNull()
    expect(instantToStockholm(new Date('2027-06-10T07:00:00Z'))).toBe('2027-06-10T09:00')
  })
})
