import { t, type Bilingual } from '../../../../contracts/bilingual'

/** The texts the contact files add to our data, in both languages. */
export const CONTACT_CARDS_COPY = {
  defaultCoordinatorTitle: t('Regional samordnare mot prostitution och människohandel', 'Regional coordinator against prostitution and human trafficking'),
  coverage: (region: string, counties: string): Bilingual => t(`Polisregion ${region}: ${counties}.`, `Police region ${region}: ${counties}.`),
  notReachable: (supportLine: string): Bilingual =>
    t(`Tjänsten kan inte nås just nu. Ring Nationell stödtelefon, ${supportLine}.`, `The post cannot be reached at the moment. Call the national support line, ${supportLine}.`),
  hours: (hours: string): Bilingual => t(`Öppet ${hours} (svensk tid).`, `Open ${hours} (Swedish time).`),
  closedOnHolidays: t('Stängt på helgdagar och helgaftnar.', 'Closed on Swedish public holidays and holiday eves.'),
  hoursUnconfirmed: t('Öppettiderna är ännu inte bekräftade.', 'The opening hours are not yet confirmed.'),
  urgent: (numbers: string): Bilingual => t(`I brådskande fall och vid akut fara, dygnet runt: ${numbers}.`, `In urgent cases and immediate danger, at any time: ${numbers}.`),
  calendarName: (line: string): Bilingual => t(`${line}: öppettider`, `${line}: opening hours`),
  calendarDescription: (line: string): Bilingual =>
    t(
      `När ${line} är öppen, med helgdagar och helgaftnar undantagna. Kalendern hämtas på nytt varje dag.`,
      `When ${line} is open, Swedish public holidays and eves excepted. The calendar is fetched again every day.`,
    ),
  openEvent: (line: string): Bilingual => t(`${line} öppen`, `${line} open`),
  call: (phone: string): Bilingual => t(`Ring ${phone}.`, `Call ${phone}.`),
} as const
