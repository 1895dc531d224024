import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import { ApiKeys } from './collections/ApiKeys'
import { AuditEvents } from './collections/AuditEvents'
import { Concepts } from './collections/Concepts'
import { CoordinatorChangeProposals } from './collections/CoordinatorChangeProposals'
import { CoordinatorChecks } from './collections/CoordinatorChecks'
import { Coordinators } from './collections/Coordinators'
import { Counties } from './collections/Counties'
import { ManualSteps } from './collections/ManualSteps'
import { MaterialOrders } from './collections/MaterialOrders'
import { Media } from './collections/Media'
import { Municipalities } from './collections/Municipalities'
import { Networks } from './collections/Networks'
import { NewsletterIssues } from './collections/NewsletterIssues'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Programmes } from './collections/Programmes'
import { Publications } from './collections/Publications'
import { Regions } from './collections/Regions'
import { Users } from './collections/Users'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { refusalsNotFailures } from './hooks/refusal-errors'
import { cmsEnv } from './env'
import { startCheckSchedule } from './coordinators/schedule'
import { jsonLogOptions } from './logging/log-options'
import { SupportLine } from './globals/SupportLine'
import { payloadEmail } from './mail/payload-email'
import { DEFAULT_LOCALE, LOCALES, type ContentLocale } from '../contracts/locales'

const LOCALE_NAMES: Record<ContentLocale, string> = { sv: 'Svenska', en: 'English' }

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: cmsEnv.secret,
  serverURL: cmsEnv.publicUrl,
  cors: cmsEnv.allowedOrigins,
  csrf: cmsEnv.allowedOrigins,
  admin: {
    user: Users.slug,
    // Gravatar would send editors' email hashes to a third party (and fails without internet).
    avatar: 'default',
    meta: { titleSuffix: ' · NSPM' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      // Editors first see what coordinators proposed, whom nobody could reach, and whose contact details are due a check.
      beforeDashboard: [
        '/components/CoordinatorProposals#CoordinatorProposals',
        '/components/UnansweredChecks#UnansweredChecks',
        '/components/StaleCoordinators#StaleCoordinators',
      ],
      // Order handlers see their queue of new orders; administrators also whether the API's email outbox delivers
      // (counts and failures, never recipients) and which partners' webhook endpoints are failing.
      afterDashboard: ['/components/OrderQueue#OrderQueue', '/components/OutboxStatus#OutboxStatus', '/components/WebhookStatus#WebhookStatus'],
    },
  },
  // The admin UI speaks Swedish unless the editor picks English.
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  // Content in Swedish (default) and English; an untranslated English field shows the Swedish text.
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code], ...(code === DEFAULT_LOCALE ? {} : { fallbackLocale: DEFAULT_LOCALE }) })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  collections: [
    Regions,
    Counties,
    Municipalities,
    Coordinators,
    CoordinatorChecks,
    CoordinatorChangeProposals,
    Organisations,
    Networks,
    Programmes,
    ManualSteps,
    Concepts,
    Pages,
    Publications,
    Media,
    NewsletterIssues,
    NewsletterSubscribers,
    MaterialOrders,
    WebhookEndpoints,
    ApiKeys,
    AuditEvents,
    Users,
  ],
  globals: [SupportLine],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: cmsEnv.databaseUrl, ...cmsEnv.pool },
    migrationDir: path.resolve(dirname, 'migrations'),
    push: cmsEnv.schemaPush,
  }),
  // Password-reset emails go out like the API's mail (SMTP_URL, MAIL_FROM); their links start at CMS_PUBLIC_URL.
  email: payloadEmail(cmsEnv.mail),
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  // The coordinator check cycle's timer and LISTEN connection, in the Next server only (cms/coordinators/schedule.ts).
  onInit: startCheckSchedule,
  // A request for what cannot exist (a malformed id, a version of what keeps none) is a 404, not a server error.
  hooks: { afterError: [refusalsNotFailures] },
  // Payload's own lines as JSON (pino, as the API logs) instead of its default pretty printer.
  logger: { options: jsonLogOptions('cms', cmsEnv.logLevel) },
})
