/**
 * What the outbox stores and logs about a failed send: the error's class name and machine-readable codes only,
 * never its message, because SMTP replies (and so nodemailer's messages) echo the recipient's address.
 */
export function describeError(error: unknown): string {
  const parts = [error instanceof Error ? error.constructor.name : typeof error]
  if (typeof error === 'object' && error !== null) {
    const code = 'code' in error ? error.code : undefined
    const responseCode = 'responseCode' in error ? error.responseCode : undefined
    // A code is an identifier such as ECONNECTION or a SQLSTATE; anything else is not trusted to be free of data.
    if (typeof code === 'string' && /^[A-Za-z0-9_]{1,32}$/.test(code)) parts.push(`code=${code}`)
    if (typeof responseCode === 'number') parts.push(`responseCode=${responseCode}`)
  }
  return parts.join(' ')
}

/**
 * What an SMTP failure says about the message, for a sender that must never send twice: `permanent` (a 5xx reply:
 * the server refused it for good), `temporary` (a 4xx reply, or no connection at all: provably not delivered, so
 * it may be tried again) or `unknown` (a timeout or a dropped connection mid-conversation: it may have arrived).
 * `code` is the reply code or the error's identifier, safe to store (see describeError).
 */
export function smtpFailure(error: unknown): { kind: 'permanent' | 'temporary' | 'unknown'; code: string } {
  const fields = typeof error === 'object' && error !== null ? (error as { code?: unknown; responseCode?: unknown; command?: unknown }) : {}
  const code = typeof fields.code === 'string' && /^[A-Za-z0-9_]{1,32}$/.test(fields.code) ? fields.code : 'unknown'
  if (typeof fields.responseCode === 'number' && fields.responseCode >= 400 && fields.responseCode < 600) {
    return { kind: fields.responseCode >= 500 ? 'permanent' : 'temporary', code: String(fields.responseCode) }
  }
  // nodemailer's command 'CONN' covers connecting and the greeting: nothing of the message was sent yet.
  if (code === 'ECONNECTION' || fields.command === 'CONN') return { kind: 'temporary', code }
  return { kind: 'unknown', code }
}
