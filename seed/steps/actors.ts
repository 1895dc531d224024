import { coordinatorTemplate, networks, organisations, regions } from '../data'
import { PUBLISHED, SEED_CONTEXT, type SeedContext } from '../context'

export async function seedOrganisations(seed: SeedContext): Promise<void> {
  const { payload } = seed
  for (const org of organisations) {
    await seed.ensure('organisations', 'slug', org.slug, async () => {
      const doc = await payload.create({
        collection: 'organisations',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          slug: org.slug,
          name: org.name.sv,
          shortName: org.shortName?.sv,
          type: org.type,
          description: org.description.sv,
          website: org.website,
          email: org.email,
          phone: org.phone,
          partOf: org.partOf ? await seed.idOf('organisations', 'slug', org.partOf) : undefined,
          location: org.location,
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'organisations',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: { name: org.name.en, shortName: org.shortName?.en, description: org.description.en, ...PUBLISHED },
      })
      return doc.id
    })
  }
}

/**
 * One coordinator post per region. The brochure names no people and gives no numbers, so the post is seeded
 * without contact details and with the status that asks an editor to fill them in.
 */
export async function seedCoordinators(seed: SeedContext): Promise<void> {
  const { payload } = seed
  const { docs } = await payload.find({ collection: 'coordinators', depth: 0, pagination: false, draft: true })
  const coveredRegions = new Set(docs.map((doc) => (typeof doc.region === 'object' ? doc.region.id : doc.region)))
  for (const region of regions) {
    const regionId = await seed.idOf('regions', 'slug', region.slug)
    if (coveredRegions.has(regionId)) {
      seed.count('coordinators', false)
      continue
    }
    const template = coordinatorTemplate
    const doc = await payload.create({
      collection: 'coordinators',
      locale: 'sv',
      context: SEED_CONTEXT,
      data: {
        title: template.title.sv.replace('{region}', region.name.sv),
        region: regionId,
        employer: template.employer.sv,
        languages: ['sv'],
        tasks: template.tasks.map((task) => ({ task: task.sv })),
        status: 'details-pending',
        alert: template.alert.sv,
        ...PUBLISHED,
      },
    })
    await payload.update({
      collection: 'coordinators',
      id: doc.id,
      locale: 'en',
      context: SEED_CONTEXT,
      data: {
        title: template.title.en.replace('{region}', region.name.en),
        employer: template.employer.en,
        // Array rows are matched by id, so the English text lands on the rows created in Swedish.
        tasks: (doc.tasks ?? []).map((row, index) => ({ id: row.id, task: template.tasks[index]?.en ?? row.task })),
        alert: template.alert.en,
        ...PUBLISHED,
      },
    })
    seed.count('coordinators', true)
  }
}

export async function seedNetworks(seed: SeedContext): Promise<void> {
  const { payload } = seed
  // Parents first, so that regional centres can point at the network they belong to.
  const ordered = [...networks].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  for (const network of ordered) {
    const regionId = network.region ? await seed.idOf('regions', 'slug', network.region) : undefined
    const coordinators = regionId && network.includeRegionCoordinators ? await coordinatorIds(seed, regionId) : []
    await seed.ensure('networks', 'slug', network.slug, async () => {
      const doc = await payload.create({
        collection: 'networks',
        locale: 'sv',
        context: SEED_CONTEXT,
        data: {
          slug: network.slug,
          name: network.name.sv,
          shortName: network.shortName?.sv,
          type: network.type,
          description: network.description.sv,
          coordinatedBy: network.coordinatedBy ? await seed.idOf('organisations', 'slug', network.coordinatedBy) : undefined,
          members: await Promise.all(network.members.map((slug) => seed.idOf('organisations', 'slug', slug))),
          coordinators,
          region: regionId,
          parent: network.parent ? await seed.idOf('networks', 'slug', network.parent) : undefined,
          ...PUBLISHED,
        },
      })
      await payload.update({
        collection: 'networks',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: { name: network.name.en, shortName: network.shortName?.en, description: network.description.en, ...PUBLISHED },
      })
      return doc.id
    })
  }
}

async function coordinatorIds(seed: SeedContext, regionId: number): Promise<number[]> {
  const { docs } = await seed.payload.find({ collection: 'coordinators', depth: 0, pagination: false, where: { region: { equals: regionId } } })
  return docs.map((doc) => doc.id)
}
