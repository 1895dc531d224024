import { concepts, manualSteps, pages, programmes } from '../data'
import { toLexical } from '../lexical'
import { PUBLISHED, SEED_CONTEXT, type SeedContext } from '../context'

export async function seedProgrammes(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const programme of programmes) {
    await seed.ensure('programmes', 'slug', programme.slug, async () => {
      const doc = await payload.create({
        collection: 'programmes',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          slug: programme.slug,
          name: programme.name.sv,
          shortName: programme.shortName.sv,
          summary: programme.summary.sv,
          operator: programme.operator ? await seed.idOf('organisations', 'slug', programme.operator) : undefined,
          funding: await Promise.all(programme.funding.map(async (row) => ({ organisation: await seed.idOf('organisations', 'slug', row.organisation), share: row.share }))),
          eligibility: programme.eligibility.sv,
          supportOffered: programme.supportOffered.map((item) => ({ item: item.sv })),
          howToApply: programme.howToApply.sv,
          website: programme.website,
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'programmes',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: {
          name: programme.name.en,
          shortName: programme.shortName.en,
          summary: programme.summary.en,
          eligibility: programme.eligibility.en,
          supportOffered: (doc.supportOffered ?? []).map((row, index) => ({ id: row.id, item: programme.supportOffered[index]?.en ?? row.item })),
          howToApply: programme.howToApply.en,
          ...PUBLISHED,
        },
      })
      return doc.id
    })
  }
}

export async function seedManualSteps(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const step of manualSteps) {
    await seed.ensure('manual-steps', 'number', String(step.number), async () => {
      const doc = await payload.create({
        collection: 'manual-steps',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          number: step.number,
          title: step.title.sv,
          summary: step.summary.sv,
          responsibleOrganisations: await Promise.all(step.responsible.map((slug) => seed.idOf('organisations', 'slug', slug))),
          manual: await seed.idOf('publications', 'slug', step.manual),
          residencePermits: await Promise.all(
            step.residencePermits.map(async (rule) => ({
              permit: rule.permit,
              applicant: rule.applicant,
              applicantOrganisations: await Promise.all(rule.applicantOrganisations.map((slug) => seed.idOf('organisations', 'slug', slug))),
              decidedBy: await seed.idOf('organisations', 'slug', rule.decidedBy),
              appliesTo: rule.appliesTo.sv,
              durationDays: rule.durationDays,
              availableSince: rule.availableSince,
              formsUrl: rule.formsUrl,
            })),
          ),
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'manual-steps',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: {
          title: step.title.en,
          summary: step.summary.en,
          residencePermits: (doc.residencePermits ?? []).map((row, index) => ({ ...row, appliesTo: step.residencePermits[index]?.appliesTo.en ?? row.appliesTo })),
          ...PUBLISHED,
        },
      })
      return doc.id
    })
  }
}

export async function seedConcepts(seed: SeedContext): Promise<void> {
  const { payload } = seed
  const createdNow: number[] = []
  for (const concept of concepts) {
    await seed.ensure('concepts', 'slug', concept.slug, async () => {
      const doc = await payload.create({
        collection: 'concepts',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: { slug: concept.slug, term: concept.term.sv, definition: concept.definition.sv, ...PUBLISHED },
      })
      createdNow.push(doc.id)
      return doc.id
    })
  }
  // A second pass, since related concepts may come later in the list. Only documents created in this run.
  for (const concept of concepts) {
    const id = await seed.idOf('concepts', 'slug', concept.slug)
    if (!createdNow.includes(id)) continue
    await payload.update({
      collection: 'concepts',
      id,
      locale: 'en',
      context: SEED_CONTEXT,
      data: {
        term: concept.term.en,
        definition: concept.definition.en,
        related: await Promise.all(concept.related.map((slug) => seed.idOf('concepts', 'slug', slug))),
        ...PUBLISHED,
      },
    })
  }
}

export async function seedPages(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const page of pages) {
    await seed.ensure('pages', 'slug', page.slug, async () => {
      const doc = await payload.create({
        collection: 'pages',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          slug: page.slug,
          title: page.title.sv,
          summary: page.summary.sv,
          content: toLexical(page.body.sv),
          links: page.links.map((link) => ({ label: link.label.sv, url: link.url })),
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'pages',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: {
          title: page.title.en,
          summary: page.summary.en,
          content: toLexical(page.body.en),
          links: (doc.links ?? []).map((row, index) => ({ id: row.id, url: row.url, label: page.links[index]?.label.en ?? row.label })),
          ...PUBLISHED,
        },
      })
      return doc.id
    })
  }
}
