/** Debian's Chromium (`apt-get install chromium`): playwright-core never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium'
