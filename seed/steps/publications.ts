import { publications, supportLine } from '../data'
import { PUBLISHED, SEED_CONTEXT, type SeedContext } from '../context'

export async function seedPublications(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const publication of publications) {
    await seed.ensure('publications', 'slug', publication.slug, async () => {
      const doc = await payload.create({
        collection: 'publications',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          slug: publication.slug,
          title: publication.title.sv,
          summary: publication.summary.sv,
          type: publication.type,
          audiences: publication.audiences,
          languages: publication.languages as never,
          url: publication.url,
          orderable: publication.orderable,
          articleNumber: publication.articleNumber,
          maxQuantityPerOrder: publication.maxQuantityPerOrder,
          inStock: publication.inStock ?? true,
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'publications',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: { title: publication.title.en, summary: publication.summary.en, ...PUBLISHED },
      })
      return doc.id
    })
  }
}

/** The support line global, written only while it has never been saved (no phone number yet). */
export async function seedSupportLine(seed: SeedContext): Promise<void> {
  const { payload } = seed
  const current = await payload.findGlobal({ slug: 'support-line', draft: true, depth: 0 })
  if (current.phone) {
    seed.count('support-line', false)
    return
  }
  const line = supportLine
  const saved = await payload.updateGlobal({
    slug: 'support-line',
    locale: 'sv',
    context: SEED_CONTEXT,
    data: {
      name: line.name.sv,
      phone: line.phone,
      description: line.description.sv,
      openingHours: line.openingHours,
      openingHoursConfirmed: line.openingHoursConfirmed,
      closedOnPublicHolidays: line.closedOnPublicHolidays,
      whenClosed: line.whenClosed.sv,
      emergencyNumbers: line.emergencyNumbers.map((entry) => ({
        kind: entry.kind,
        appliesWhen: entry.appliesWhen,
        label: entry.label.sv,
        number: entry.number,
        whenToCall: entry.whenToCall.sv,
      })),
      email: line.email,
      website: line.website,
      ...PUBLISHED,
    },
  })
  await payload.updateGlobal({
    slug: 'support-line',
    locale: 'en',
    context: SEED_CONTEXT,
    data: {
      name: line.name.en,
      description: line.description.en,
      whenClosed: line.whenClosed.en,
      emergencyNumbers: (saved.emergencyNumbers ?? []).map((row, index) => ({
        ...row,
        label: line.emergencyNumbers[index]?.label.en ?? row.label,
        whenToCall: line.emergencyNumbers[index]?.whenToCall.en ?? row.whenToCall,
      })),
      ...PUBLISHED,
    },
  })
  seed.count('support-line', true)
}
