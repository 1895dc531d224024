import type { SupportLineSeed } from './types'

/** The national support line run by NSPM, and where to turn when it is closed or in an emergency. */
export const supportLine: SupportLineSeed = {
  name: { sv: 'Nationell stödtelefon', en: 'National support line' },
  phone: '020-390 000',
  description: {
    sv:
      'Du som i ditt arbete kommer i kontakt med sexuell exploatering av barn, prostitution och människohandel kan ringa den '
      + 'nationella stödtelefonen som drivs av NSPM för mer information och vägledning. Genom stödtelefonen erbjuds metodstöd till '
      + 'yrkesverksamma inom kommuner, myndigheter och civilsamhället. Du kan även få hänvisning vidare till en regionkoordinator '
      + 'eller annan aktör inom NMT.',
    en:
      'If you come into contact with the sexual exploitation of children, prostitution or human trafficking in your work, you can call '
      + 'the national support line run by NSPM for more information and guidance. The support line offers methods support to '
      + 'professionals in municipalities, government agencies and civil society. You can also be referred on to a regional '
      + 'coordinator or another actor in the National Methods Support Team (NMT).',
  },
  openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
  closedOnPublicHolidays: true,
  whenClosed: {
    sv:
      'Stödtelefonen är bemannad under kontorstid på vardagar. Vid brådskande ärenden kontakta polis på telefonnummer 114 14 '
      + 'alternativt socialjour eller motsvarande jourfunktion inom socialtjänsten. Vid akut fara ring 112.',
    en:
      'The support line is staffed during office hours on weekdays. In urgent cases, contact the police on 114 14, or the social '
      + 'services on-call service or equivalent out-of-hours function in social services. In immediate danger, call 112.',
  },
  emergencyNumbers: [
    {
      kind: 'emergency',
      label: { sv: 'Nödnummer 112', en: 'Emergency number 112' },
      number: '112',
      whenToCall: { sv: 'Vid akut fara.', en: 'In immediate danger.' },
    },
    {
      kind: 'police',
      label: { sv: 'Polisen', en: 'The police' },
      number: '114 14',
      whenToCall: {
        sv: 'Vid brådskande ärenden när stödtelefonen är stängd och det inte är akut fara.',
        en: 'In urgent cases when the support line is closed and there is no immediate danger.',
      },
    },
    {
      kind: 'social-services-on-call',
      label: { sv: 'Socialjouren', en: 'Social services on call' },
      whenToCall: {
        sv:
          'Vid brådskande ärenden när stödtelefonen är stängd: kontakta socialjour eller motsvarande jourfunktion inom socialtjänsten. '
          + 'Numret beror på kommunen.',
        en:
          'In urgent cases when the support line is closed: contact the social services on-call service or equivalent out-of-hours '
          + 'function in social services. The number depends on the municipality.',
      },
    },
  ],
  email: 'nspm@jamstalldhetsmyndigheten.se',
  website: 'https://nspm.jamstalldhetsmyndigheten.se',
}
