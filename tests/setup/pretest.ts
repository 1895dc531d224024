import { CHROMIUM } from '../e2e/harness/browser-path'
import { ensureDebianPackage } from '../helpers/debian-package'

/**
 * `npm test`'s pretest step: the browser tests drive Debian's Chromium, so a fresh machine gets it here (or one
 * clear instruction) instead of failing half-way through the suite.
 */
try {
  ensureDebianPackage({ name: 'chromium', binary: CHROMIUM, neededBy: 'The browser tests (tests/e2e)' })
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
