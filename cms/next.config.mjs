import { withPayload } from '@payloadcms/next/withPayload'

const production = process.env.NODE_ENV === 'production'

/**
 * The admin's content security policy: everything from its own origin. Next.js's App Router writes its page data
 * as inline scripts and Payload's components inline styles, hence 'unsafe-inline' for both (nonces would make every
 * page dynamic and need Payload's cooperation); `next dev` also evaluates code. No framing, no plugins, forms and
 * the base URL only to the CMS itself. tests/e2e fail on any violation the browser reports.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * On every answer, pages, REST JSON, errors and static files alike. Referrer-Policy `same-origin`: the password-reset
 * page carries its token in the URL and no other site may see it; `no-referrer` would be stricter but makes browsers
 * send `Origin: null` on the admin's own POSTs, which Payload's CSRF check then refuses.
 */
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run typecheck` checks the whole repository once; a second pass inside `next build` only costs minutes.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The contracts the CMS shares with the API live beside both, in ../contracts: compile them like the CMS's own files.
  experimental: { externalDir: true },
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
