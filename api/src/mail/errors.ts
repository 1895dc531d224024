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
