/**
 * RFC 4180 CSV for spreadsheets. A cell that starts with = + - @ (or a tab or carriage return) is a formula to
 * Excel and LibreOffice, and subscribers choose their own email addresses: such cells get a leading apostrophe,
 * which spreadsheets show as text (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/

function csvCell(value: string | null | undefined): string {
  const text = value ?? ''
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
