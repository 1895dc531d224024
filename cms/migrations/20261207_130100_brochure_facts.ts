import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { manualSteps, organisations } from '../../seed/data'

/**
 * Data only (issue 15): corrects the facts the first seed got wrong, against the brochure. A value changes only
 * while it still equals what the old seed wrote, so an editor's own wording or choice is kept. Saved through the
 * Local API inside the migration's transaction, so each correction is a new version in the document's history and
 * the API's caches hear of it. Missing documents and links (NSPM itself, the manual on the steps, the residence
 * permit rules) are created from the seed's data, exactly as a fresh seed would.
 *
 * The old and new texts below are frozen here on purpose: the seed may change again, this correction may not.
 */

type Locale = 'sv' | 'en'
type Target = 'organisations' | 'networks' | 'programmes' | 'pages' | 'manual-steps' | 'support-line'
/** `key`: slug, step number, or for the support line '' (the global) or 'emergencyNumbers.<kind>' (a row). */
type TextFix = { target: Target; key: string; field: string; locale: Locale; from: string; to: string }
/** A text node of a page's rich text (content), by its exact old text. */
type ParagraphFix = { slug: string; locale: Locale; from: string; to: string }
type Doc = Record<string, unknown> & { id: number }
type Row = Record<string, unknown> & { id?: string | null }
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/**
 * What the first seed linked as responsible in steps 3 and 5: the brochure's betänketid adds the police and the
 * prosecutor to step 3 (a head of preliminary investigation applies), the Migration Agency decides in step 5.
 */
const OLD_RESPONSIBLE: Record<number, string[]> = {
  3: ['socialtjansten', 'migrationsverket', 'halso-och-sjukvarden'],
  5: ['polismyndigheten', 'aklagarmyndigheten'],
}
const MANUAL_SLUG = 'manual-vid-misstanke-om-manniskohandel'
/** The context the seed's writes carry, plus the migration's name for anyone who reads the hooks' logs. */
const CONTEXT = { seed: true, migration: '20261207_130100_brochure_facts' }

const TEXT_FIXES: readonly TextFix[] = [
  {
    target: 'organisations',
    key: 'jamstalldhetsmyndigheten',
    field: 'description',
    locale: 'sv',
    from: 'Den nationella samordningen mot prostitution och människohandel (NSPM) är en del av Jämställdhetsmyndigheten och är Sveriges samordningsfunktion mot människohandel. NSPM samordnar arbetet på nationell nivå mot sexuell exploatering av barn, prostitution och människohandel för alla ändamål.',
    to: 'Jämställdhetsmyndigheten i Göteborg är den myndighet som Nationella samordningen mot prostitution och människohandel (NSPM) är en del av. Myndigheten finansierar Återvändandeprogrammet Människohandel Prostitution (ÅMP), bidrar med ekonomiska medel till Nationellt stödprogram för offer för människohandel i Sverige (NSP) och finansierar regionkoordinatorernas tjänster i samverkan med länsstyrelserna och värdkommunerna.',
  },
  {
    target: 'organisations',
    key: 'jamstalldhetsmyndigheten',
    field: 'description',
    locale: 'en',
    from: "The National Coordination against Prostitution and Human Trafficking (NSPM) is part of the Swedish Gender Equality Agency and is Sweden's coordinating function against human trafficking. NSPM coordinates the work at national level against the sexual exploitation of children, prostitution and human trafficking for all purposes.",
    to: 'The Swedish Gender Equality Agency in Göteborg is the agency that the National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of. The agency funds the Return Programme for Human Trafficking and Prostitution (ÅMP), contributes funding to the National Support Programme for Victims of Human Trafficking in Sweden (NSP) and funds the regional coordinator posts together with the county administrative boards and the host municipalities.',
  },
  {
    target: 'organisations',
    key: 'arbetsmiljoverket',
    field: 'description',
    locale: 'en',
    from: 'The Swedish Work Environment Authority is the administrative authority for the work environment and coordinates the multi-agency work against work-related crime. It is also part of the National Methods Support Team (NMT).',
    to: 'The Swedish Work Environment Authority is the administrative authority for the work environment and coordinates the multi-agency work against work-related crime. It is also part of the National Task Force against Prostitution and Human Trafficking (NMT).',
  },
  {
    target: 'organisations',
    key: 'migrationsverket',
    field: 'description',
    locale: 'en',
    from: 'The Swedish Migration Agency decides on applications for residence permits, including reflection periods for people who may be victims of human trafficking or human exploitation. It is part of the National Methods Support Team (NMT) and of the multi-agency work against work-related crime.',
    to: 'The Swedish Migration Agency decides on applications for residence permits, including reflection periods for people who may be victims of human trafficking or human exploitation. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related crime.',
  },
  {
    target: 'organisations',
    key: 'polismyndigheten',
    field: 'description',
    locale: 'en',
    from: "The Swedish Police Authority investigates crimes such as human trafficking and human exploitation and can protect people who have been exploited. It is part of the National Methods Support Team (NMT) and of the multi-agency work against work-related crime, and the regional coordinators' seven regions follow the police's regional division.",
    to: "The Swedish Police Authority investigates crimes such as human trafficking and human exploitation and can protect people who have been exploited. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related crime, and the regional coordinators' seven regions follow the police's regional division.",
  },
  {
    target: 'organisations',
    key: 'skatteverket',
    field: 'description',
    locale: 'en',
    from: 'The Swedish Tax Agency is responsible for taxation and population registration and can detect signs of labour exploitation in its inspections. It is part of the National Methods Support Team (NMT) and of the multi-agency work against work-related crime.',
    to: 'The Swedish Tax Agency is responsible for taxation and population registration and can detect signs of labour exploitation in its inspections. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related crime.',
  },
  {
    target: 'organisations',
    key: 'tullverket',
    field: 'description',
    locale: 'en',
    from: "Swedish Customs checks traffic across Sweden's borders and can detect signs of human trafficking in its border work. It is part of the National Methods Support Team (NMT).",
    to: "Swedish Customs checks traffic across Sweden's borders and can detect signs of human trafficking in its border work. It is part of the National Task Force against Prostitution and Human Trafficking (NMT).",
  },
  {
    target: 'organisations',
    key: 'aklagarmyndigheten',
    field: 'description',
    locale: 'en',
    from: 'The Swedish Prosecution Authority leads preliminary investigations and prosecutes crimes such as human trafficking and human exploitation. It is part of the National Methods Support Team (NMT) and of the multi-agency work against work-related crime.',
    to: 'The Swedish Prosecution Authority leads preliminary investigations and prosecutes crimes such as human trafficking and human exploitation. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related crime.',
  },
  {
    target: 'organisations',
    key: 'lansstyrelserna',
    field: 'description',
    locale: 'en',
    from: 'The county administrative boards coordinate the regional spearhead groups for professionals working against prostitution and human trafficking, and fund the regional coordinator posts together with the Swedish Gender Equality Agency and the host municipalities. They are part of the National Methods Support Team (NMT).',
    to: 'The county administrative boards coordinate the regional spearhead groups for professionals working against prostitution and human trafficking, and fund the regional coordinator posts together with the Swedish Gender Equality Agency and the host municipalities. They are part of the National Task Force against Prostitution and Human Trafficking (NMT).',
  },
  {
    target: 'organisations',
    key: 'socialtjansten',
    field: 'description',
    locale: 'en',
    from: "The municipalities' social services are responsible for support and protection for people exploited in prostitution and human trafficking, and the social welfare committees can apply to the Swedish Migration Agency for a reflection period. The regional coordinators are employed by social services, and social services units are part of the National Methods Support Team (NMT).",
    to: "The municipalities' social services are responsible for support and protection for people exploited in prostitution and human trafficking, and the social welfare committees can apply to the Swedish Migration Agency for a reflection period. The regional coordinators are employed by social services, and social services units are part of the National Task Force against Prostitution and Human Trafficking (NMT).",
  },
  {
    target: 'organisations',
    key: 'halso-och-sjukvarden',
    field: 'description',
    locale: 'en',
    from: 'Health care services meet people who may be exploited, can detect signs of human trafficking and provide care. Health care units are part of the National Methods Support Team (NMT).',
    to: 'Health care services meet people who may be exploited, can detect signs of human trafficking and provide care. Health care units are part of the National Task Force against Prostitution and Human Trafficking (NMT).',
  },
  {
    target: 'networks',
    key: 'nationellt-metodstodsteam',
    field: 'name',
    locale: 'en',
    from: 'National Methods Support Team',
    to: 'National Task Force against Prostitution and Human Trafficking',
  },
  {
    target: 'networks',
    key: 'nationellt-metodstodsteam',
    field: 'description',
    locale: 'en',
    from: "NSPM brings together Sweden's leading experts in the field in the National Methods Support Team (NMT). NMT serves as an operational and strategic resource for developing cooperation, and making it more effective, in the work against prostitution, exploitation and human trafficking.",
    to: "NSPM brings together Sweden's leading experts in the field in the National Task Force against Prostitution and Human Trafficking (NMT). NMT serves as an operational and strategic resource for developing cooperation, and making it more effective, in the work against prostitution, exploitation and human trafficking.",
  },
  {
    target: 'pages',
    key: 'om-nspm',
    field: 'summary',
    locale: 'en',
    from: "The National Coordination against Prostitution and Human Trafficking (NSPM) is part of the Swedish Gender Equality Agency and is Sweden's coordinating function.",
    to: "The National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of the Swedish Gender Equality Agency and is Sweden's coordinating function.",
  },
  {
    target: 'manual-steps',
    key: '3',
    field: 'summary',
    locale: 'sv',
    from: 'Under den inledande tiden får personen möjlighet att återhämta sig, information om sina rättigheter och stöd utifrån sina behov. Socialnämnden kan ansöka hos Migrationsverket om betänketid, som ger ett tidsbegränsat uppehållstillstånd om 30 dagar, och hälso- och sjukvården ger vård.',
    to: 'Under den inledande tiden får personen möjlighet att återhämta sig, information om sina rättigheter och stöd utifrån sina behov. Sedan 1 augusti 2022 kan socialnämnden ansöka hos Migrationsverket om betänketid, som ger ett tidsbegränsat uppehållstillstånd om 30 dagar; även förundersökningsledaren kan ansöka om betänketid för bevispersoner. Hälso- och sjukvården ger vård.',
  },
  {
    target: 'manual-steps',
    key: '3',
    field: 'summary',
    locale: 'en',
    from: 'During the initial period the person is given the opportunity to recover, information about their rights and support based on their needs. The social welfare committee can apply to the Swedish Migration Agency for a reflection period, which gives a temporary residence permit of 30 days, and health care services provide care.',
    to: 'During the initial period the person is given the opportunity to recover, information about their rights and support based on their needs. Since 1 August 2022 the social welfare board can apply to the Swedish Migration Agency for a reflection period, which gives a temporary residence permit of 30 days; the head of the preliminary investigation can also apply for a reflection period for people needed in the investigation. Health care services provide care.',
  },
  {
    target: 'manual-steps',
    key: '5',
    field: 'summary',
    locale: 'en',
    from: 'The police investigate suspected human trafficking and the prosecutor leads the preliminary investigation and decides on prosecution. The head of the preliminary investigation can apply for a reflection period and a temporary residence permit for witnesses, and the victim is entitled to support throughout the legal process.',
    to: 'The police investigate suspected human trafficking and the prosecutor leads the preliminary investigation and decides on prosecution. The head of the preliminary investigation can apply for a reflection period and a temporary residence permit for people needed in the investigation, and the victim is entitled to support throughout the legal process.',
  },
  {
    target: 'support-line',
    key: '',
    field: 'description',
    locale: 'en',
    from: 'If you come into contact with the sexual exploitation of children, prostitution or human trafficking in your work, you can call the national support line run by NSPM for more information and guidance. The support line offers methods support to professionals in municipalities, government agencies and civil society. You can also be referred on to a regional coordinator or another actor in the National Methods Support Team (NMT).',
    to: 'If you come into contact with the sexual exploitation of children, prostitution or human trafficking in your work, you can call the national support line run by NSPM for more information and guidance. The support line offers methods support to professionals in municipalities, government agencies and civil society. You can also be referred on to a regional coordinator or another actor in the National Task Force against Prostitution and Human Trafficking (NMT).',
  },
  {
    target: 'support-line',
    key: '',
    field: 'whenClosed',
    locale: 'sv',
    from: 'Stödtelefonen är bemannad under kontorstid på vardagar. Vid brådskande ärenden kontakta polis på telefonnummer 114 14 alternativt socialjour eller motsvarande jourfunktion inom socialtjänsten. Vid akut fara ring 112.',
    to: 'Stödtelefonen är bemannad under kontorstid på vardagar. När den är stängd kan du skicka e-post till nspm@jamstalldhetsmyndigheten.se eller kontakta en regionkoordinator direkt; kontaktuppgifter finns på NSPM:s webbplats. Brådskande ärenden och akut fara väntar inte på stödtelefonen: numren nedan gäller alltid.',
  },
  {
    target: 'support-line',
    key: '',
    field: 'whenClosed',
    locale: 'en',
    from: 'The support line is staffed during office hours on weekdays. In urgent cases, contact the police on 114 14, or the social services on-call service or equivalent out-of-hours function in social services. In immediate danger, call 112.',
    to: "The support line is staffed during office hours on weekdays. When it is closed, you can email nspm@jamstalldhetsmyndigheten.se or contact a regional coordinator directly; contact details are on NSPM's website. Urgent cases and immediate danger do not wait for the support line: the numbers below always apply.",
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.emergency',
    field: 'whenToCall',
    locale: 'sv',
    from: 'Vid akut fara.',
    to: 'Vid akut fara, när som helst.',
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.emergency',
    field: 'whenToCall',
    locale: 'en',
    from: 'In immediate danger.',
    to: 'In immediate danger, at any time.',
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.police',
    field: 'whenToCall',
    locale: 'sv',
    from: 'Vid brådskande ärenden när stödtelefonen är stängd och det inte är akut fara.',
    to: 'Vid brådskande ärenden, när som helst, även när stödtelefonen är öppen.',
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.police',
    field: 'whenToCall',
    locale: 'en',
    from: 'In urgent cases when the support line is closed and there is no immediate danger.',
    to: 'In urgent cases, at any time, also while the support line is open.',
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.social-services-on-call',
    field: 'whenToCall',
    locale: 'sv',
    from: 'Vid brådskande ärenden när stödtelefonen är stängd: kontakta socialjour eller motsvarande jourfunktion inom socialtjänsten. Numret beror på kommunen.',
    to: 'Vid brådskande ärenden, när som helst, som alternativ till polisen: socialjour eller motsvarande jourfunktion inom socialtjänsten. Numret beror på kommunen.',
  },
  {
    target: 'support-line',
    key: 'emergencyNumbers.social-services-on-call',
    field: 'whenToCall',
    locale: 'en',
    from: 'In urgent cases when the support line is closed: contact the social services on-call service or equivalent out-of-hours function in social services. The number depends on the municipality.',
    to: 'In urgent cases, at any time, as an alternative to the police: the social services on-call service or equivalent out-of-hours function in social services. The number depends on the municipality.',
  },
]

const PARAGRAPH_FIXES: readonly ParagraphFix[] = [
  {
    slug: 'betanketid',
    locale: 'en',
    from: 'Heads of preliminary investigations can apply both for a reflection period and for a temporary residence permit for witnesses.',
    to: 'Heads of preliminary investigations can apply both for a reflection period and for a temporary residence permit for people needed in the investigation ("bevispersoner").',
  },
  {
    slug: 'om-nspm',
    locale: 'en',
    from: "The National Coordination against Prostitution and Human Trafficking (NSPM) is part of the Swedish Gender Equality Agency and is Sweden's coordinating function. We coordinate the work at national level against the sexual exploitation of children, prostitution and human trafficking for all purposes.",
    to: "The National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of the Swedish Gender Equality Agency and is Sweden's coordinating function. We coordinate the work at national level against the sexual exploitation of children, prostitution and human trafficking for all purposes.",
  },
]

/** One Local API session: reads published documents and saves corrections in the migration's transaction. */
class Corrections {
  private readonly slugIds = new Map<string, number>()

  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
  ) {}

  async find(collection: CollectionSlug, field: string, value: string | number, locale: Locale = 'sv'): Promise<Doc | null> {
    const { docs } = await this.payload.find({ collection, where: { [field]: { equals: value } }, locale, depth: 0, limit: 1, req: this.req })
    return (docs[0] as unknown as Doc | undefined) ?? null
  }

  async idOf(collection: CollectionSlug, slug: string): Promise<number | null> {
    const cacheKey = `${collection}/${slug}`
    if (!this.slugIds.has(cacheKey)) {
      const doc = await this.find(collection, 'slug', slug)
      if (!doc) return null
      this.slugIds.set(cacheKey, doc.id)
    }
    return this.slugIds.get(cacheKey) ?? null
  }

  async update(collection: CollectionSlug, id: number, locale: Locale, data: Record<string, unknown>): Promise<Doc> {
    const saved = await this.payload.update({ collection, id, locale, depth: 0, data: { ...data, _status: 'published' } as never, context: CONTEXT, req: this.req })
    return saved as unknown as Doc
  }

  async create(collection: CollectionSlug, data: Record<string, unknown>): Promise<Doc> {
    const created = await this.payload.create({ collection, locale: 'sv', depth: 0, data: { ...data, _status: 'published' } as never, context: CONTEXT, req: this.req })
    return created as unknown as Doc
  }

  async readLine(locale: Locale): Promise<Doc> {
    return (await this.payload.findGlobal({ slug: 'support-line', locale, depth: 0, req: this.req })) as unknown as Doc
  }

  async updateLine(locale: Locale, data: Record<string, unknown>): Promise<void> {
    await this.payload.updateGlobal({ slug: 'support-line', locale, depth: 0, data: { ...data, _status: 'published' } as never, context: CONTEXT, req: this.req })
  }
}

const KEY_FIELD: Record<Exclude<Target, 'support-line'>, string> = {
  organisations: 'slug',
  networks: 'slug',
  programmes: 'slug',
  pages: 'slug',
  'manual-steps': 'number',
}

type Direction = 'forward' | 'back'
const ends = (fix: { from: string; to: string }, direction: Direction) => (direction === 'forward' ? [fix.from, fix.to] : [fix.to, fix.from])

/** Each text that still reads exactly as the old seed wrote it. */
async function correctTexts(c: Corrections, direction: Direction): Promise<void> {
  for (const locale of ['sv', 'en'] as const) {
    const documents = new Map<string, TextFix[]>()
    for (const fix of TEXT_FIXES.filter((entry) => entry.locale === locale && entry.target !== 'support-line')) {
      const key = `${fix.target}\u0000${fix.key}`
      documents.set(key, [...(documents.get(key) ?? []), fix])
    }
    for (const fixes of documents.values()) {
      const { target, key } = fixes[0]!
      if (target === 'support-line') continue
      const doc = await c.find(target, KEY_FIELD[target], target === 'manual-steps' ? Number(key) : key, locale)
      if (!doc) continue
      const data: Record<string, unknown> = {}
      for (const fix of fixes) {
        const [from, to] = ends(fix, direction)
        if (doc[fix.field] === from) data[fix.field] = to
      }
      if (Object.keys(data).length > 0) await c.update(target, doc.id, locale, data)
    }
    await correctSupportLine(c, locale, direction)
    await correctParagraphs(c, locale, direction)
  }
}

async function correctSupportLine(c: Corrections, locale: Locale, direction: Direction): Promise<void> {
  const fixes = TEXT_FIXES.filter((fix) => fix.target === 'support-line' && fix.locale === locale)
  const line = await c.readLine(locale)
  if (!line.phone) return // never seeded: the seed writes the corrected line itself
  const data: Record<string, unknown> = {}
  for (const fix of fixes.filter((entry) => entry.key === '')) {
    const [from, to] = ends(fix, direction)
    if (line[fix.field] === from) data[fix.field] = to
  }
  const rows = (line.emergencyNumbers ?? []) as Row[]
  let rowsChanged = false
  const corrected = rows.map((row) => {
    const next = { ...row }
    for (const fix of fixes.filter((entry) => entry.key === `emergencyNumbers.${String(row.kind)}`)) {
      const [from, to] = ends(fix, direction)
      if (next[fix.field] === from) {
        next[fix.field] = to
        rowsChanged = true
      }
    }
    return next
  })
  if (rowsChanged) data.emergencyNumbers = corrected
  if (Object.keys(data).length > 0) await c.updateLine(locale, data)
}

/** Replaces a text node of a page's rich text only where its whole text is still the old seed's. */
async function correctParagraphs(c: Corrections, locale: Locale, direction: Direction): Promise<void> {
  for (const slug of new Set(PARAGRAPH_FIXES.filter((fix) => fix.locale === locale).map((fix) => fix.slug))) {
    const page = await c.find('pages', 'slug', slug, locale)
    const content = page?.content as { root?: LexicalNode } | undefined
    if (!page || !content?.root) continue
    let changed = false
    const visit = (node: LexicalNode): LexicalNode => {
      const fix = node.type === 'text' ? PARAGRAPH_FIXES.find((entry) => entry.slug === slug && entry.locale === locale && ends(entry, direction)[0] === node.text) : undefined
      if (fix) changed = true
      return { ...node, ...(fix ? { text: ends(fix, direction)[1] } : {}), ...(node.children ? { children: node.children.map(visit) } : {}) }
    }
    const root = visit(content.root)
    if (changed) await c.update('pages', page.id, locale, { content: { ...content, root } })
  }
}

/** NSPM as an organisation of its own, part of the Swedish Gender Equality Agency in Göteborg, and NMT coordinated by it. */
async function correctOrganisations(c: Corrections): Promise<void> {
  const agency = await c.find('organisations', 'slug', 'jamstalldhetsmyndigheten')
  // Not seeded yet (a new database is migrated before its first seed): the seed writes the corrected facts itself.
  if (!agency) return
  const data: Record<string, unknown> = {}
  // The first seed typed the agency as NSPM ("coordinating-agency"); NSPM now has that type itself.
  if (agency.type === 'coordinating-agency') data.type = 'government-agency'
  if (!agency.location) data.location = 'Göteborg'
  if (Object.keys(data).length > 0) await c.update('organisations', agency.id, 'sv', data)
  const nspm = organisations.find((org) => org.slug === 'nspm')
  if (nspm && !(await c.find('organisations', 'slug', nspm.slug))) {
    const partOf = nspm.partOf ? await c.idOf('organisations', nspm.partOf) : null
    const created = await c.create('organisations', {
      slug: nspm.slug,
      name: nspm.name.sv,
      shortName: nspm.shortName?.sv,
      type: nspm.type,
      description: nspm.description.sv,
      website: nspm.website,
      email: nspm.email,
      phone: nspm.phone,
      partOf,
      location: nspm.location,
    })
    await c.update('organisations', created.id, 'en', { name: nspm.name.en, shortName: nspm.shortName?.en, description: nspm.description.en })
  }
  const nmt = await c.find('networks', 'slug', 'nationellt-metodstodsteam')
  const nspmId = await c.idOf('organisations', 'nspm')
  if (nmt && nspmId !== null && nmt.coordinatedBy === agency.id) await c.update('networks', nmt.id, 'sv', { coordinatedBy: nspmId })
}

/** NSP: the agency "bidrar med ekonomiska medel", a contributor; the schema migration made the old `funder` a full funder. */
async function correctFunding(c: Corrections): Promise<void> {
  const nsp = await c.find('programmes', 'slug', 'nsp')
  const agencyId = await c.idOf('organisations', 'jamstalldhetsmyndigheten')
  const rows = (nsp?.funding ?? []) as Row[]
  const [only] = rows
  if (!nsp || rows.length !== 1 || !only || only.organisation !== agencyId || only.share !== 'full') return
  await c.update('programmes', nsp.id, 'sv', { funding: [{ ...only, share: 'contribution' }] })
}

/** The manual on every step; the brochure's betänketid rules on steps 3 and 5, with the police and the prosecutor. */
async function correctSteps(c: Corrections): Promise<void> {
  const manualId = await c.idOf('publications', MANUAL_SLUG)
  for (const step of manualSteps) {
    const doc = await c.find('manual-steps', 'number', step.number)
    if (!doc) continue
    const data: Record<string, unknown> = {}
    if (!doc.manual && manualId !== null) data.manual = manualId
    const old = OLD_RESPONSIBLE[step.number]
    const current = (doc.responsibleOrganisations ?? []) as number[]
    if (old) {
      const oldIds = await Promise.all(old.map((slug) => c.idOf('organisations', slug)))
      if (sameList(current, oldIds)) data.responsibleOrganisations = await existing(c, step.responsible)
    }
    const permits = (doc.residencePermits ?? []) as Row[]
    const addPermits = permits.length === 0 && step.residencePermits.length > 0
    if (addPermits) {
      data.residencePermits = await Promise.all(
        step.residencePermits.map(async (rule) => ({
          permit: rule.permit,
          applicant: rule.applicant,
          applicantOrganisations: await existing(c, rule.applicantOrganisations),
          decidedBy: await c.idOf('organisations', rule.decidedBy),
          appliesTo: rule.appliesTo.sv,
          durationDays: rule.durationDays,
          availableSince: rule.availableSince,
          formsUrl: rule.formsUrl,
        })),
      )
    }
    if (Object.keys(data).length === 0) continue
    const saved = await c.update('manual-steps', doc.id, 'sv', data)
    if (addPermits) {
      const rows = (saved.residencePermits ?? []) as Row[]
      await c.update('manual-steps', doc.id, 'en', {
        residencePermits: rows.map((row, index) => ({ ...row, appliesTo: step.residencePermits[index]?.appliesTo.en ?? row.appliesTo })),
      })
    }
  }
}

const sameList = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.length === b.length && a.every((value, index) => value === b[index])

async function existing(c: Corrections, slugs: readonly string[]): Promise<number[]> {
  return (await Promise.all(slugs.map((slug) => c.idOf('organisations', slug)))).filter((id): id is number => id !== null)
}

export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const c = new Corrections(payload, req)
  await correctOrganisations(c)
  await correctTexts(c, 'forward')
  await correctFunding(c)
  await correctSteps(c)
}

/** Puts back only the texts (where they still read as corrected); the structures go with the schema migration's down. */
export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await correctTexts(new Corrections(payload, req), 'back')
}
