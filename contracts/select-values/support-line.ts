/** The weekdays of the support line's opening hours, in ISO order (Monday first): the CMS's select and the API's rules. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]
