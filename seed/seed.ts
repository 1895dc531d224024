import type { Payload } from 'payload'
import { SeedContext, type SeedReport } from './context'
import { seedCoordinators, seedNetworks, seedOrganisations } from './steps/actors'
import { seedGeography } from './steps/geography'
import { seedConcepts, seedManualSteps, seedPages, seedProgrammes } from './steps/knowledge'
import { seedPublications, seedSupportLine } from './steps/publications'

/**
 * Loads the brochure's facts and the official geography. Idempotent: documents that exist (by slug, SCB code
 * or step number) are left exactly as they are, so a second run changes nothing and editors' work is kept.
 */
export async function seedDatabase(payload: Payload, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const seed = new SeedContext(payload, log)
  const steps: [string, (seed: SeedContext) => Promise<void>][] = [
    ['geography', seedGeography],
    ['organisations', seedOrganisations],
    ['coordinators', seedCoordinators],
    ['networks', seedNetworks],
    ['programmes', seedProgrammes],
    // Before the steps, which link the manual.
    ['publications', seedPublications],
    ['manual steps', seedManualSteps],
    ['concepts', seedConcepts],
    ['pages', seedPages],
    ['support line', seedSupportLine],
  ]
  for (const [name, step] of steps) {
    const started = Date.now()
    await step(seed)
    log(`  seed: ${name} (${Date.now() - started} ms)`)
  }
  return seed.report
}

/** True when the database holds no regions yet: the signal for `npm start` to seed on its own. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'regions' })
  return totalDocs === 0
}
