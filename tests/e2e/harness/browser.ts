import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject, type TestContext } from 'vitest'
import { DATA_DIR } from '../../../runtime/paths'
import { ensureDebianPackage } from '../../helpers/debian-package'
import { CHROMIUM } from './browser-path'

/** Git-ignored with the rest of .data: the last screen of every test, and the trace of every failed one. */
const ARTIFACTS_DIR = path.join(DATA_DIR, 'e2e-screenshots')

export type BrowserSession = {
  /** The current test's page, in a fresh context (no cookies from other tests). */
  readonly page: Page
  readonly context: BrowserContext
  /** What Chromium reported as Content Security Policy violations on the CMS's pages during the current test. */
  readonly cspViolations: readonly string[]
}

type Options = {
  /** Relative URLs resolve against it; the admin by default (its session cookie is bound to this exact origin). */
  baseURL?: string
  /** The context's language: Accept-Language and navigator.language. Swedish, as the admin's editors use it. */
  locale?: string
}

/**
 * Registers the hooks of a browser test in the current `describe` (or file): Chromium launched once, a new context
 * per test with tracing on, then a screenshot of the test's last screen and, when it failed, its trace.
 */
export function useBrowser({ baseURL = inject('cmsUrl'), locale = 'sv-SE' }: Options = {}): BrowserSession {
  let browser: Browser | undefined
  let current: { context: BrowserContext; page: Page; cspViolations: string[] } | undefined
  const cmsOrigin = new URL(inject('cmsUrl')).origin

  beforeAll(async () => {
    // `npm test` installs it in its pretest step; this covers a single file run with `npx vitest run`.
    ensureDebianPackage({ name: 'chromium', binary: CHROMIUM, neededBy: 'The browser tests (tests/e2e)' })
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true })
    mkdirSync(ARTIFACTS_DIR, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  beforeEach(async () => {
    // Wide enough that Payload shows its navigation beside the content instead of behind a menu button.
    const context = await browser!.newContext({ baseURL, locale, timezoneId: 'Europe/Stockholm', viewport: { width: 1440, height: 900 } })
    await context.tracing.start({ screenshots: true, snapshots: true })
    const page = await context.newPage()
    const cspViolations: string[] = []
    // The CMS's policy must let the admin work: any violation Chromium reports there fails the test (see afterEach).
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && page.url().startsWith(cmsOrigin)) cspViolations.push(message.text())
    })
    current = { context, page, cspViolations }
  })

  afterEach(async (test: TestContext) => {
    if (!current) return
    const { context, page, cspViolations } = current
    current = undefined
    const name = artifactName(test.task.name)
    const failed = test.task.result?.state === 'fail'
    const trace = path.join(ARTIFACTS_DIR, `${name}.trace.zip`)
    try {
      // Best effort: a test that failed because the page crashed must still report its own error, not this one.
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) }).catch(() => undefined)
      // A passing run removes the trace an earlier failure left, so that every trace on disk belongs to a failure.
      if (failed) await context.tracing.stop({ path: trace })
      else {
        await context.tracing.stop()
        rmSync(trace, { force: true })
      }
    } finally {
      await context.close()
    }
    if (!failed && cspViolations.length > 0) throw new Error(`Content Security Policy violations on the CMS's pages:\n${cspViolations.join('\n')}`)
  })

  return {
    get page() {
      if (!current) throw new Error('No page outside a test: use it inside it(...)')
      return current.page
    },
    get context() {
      if (!current) throw new Error('No browser context outside a test: use it inside it(...)')
      return current.context
    },
    get cspViolations() {
      if (!current) throw new Error('No browser outside a test: use it inside it(...)')
      return current.cspViolations
    },
  }
}

/** A file name from a test's name: lower case, ASCII letters and digits, Swedish letters folded. */
function artifactName(testName: string): string {
  return testName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120)
}
