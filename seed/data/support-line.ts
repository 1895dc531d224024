import type { SupportLineSeed } from './types'

/** The national support line run by NSPM, the numbers that always apply in urgent cases, and the alternatives when it is closed. */
export const supportLine: SupportLineSeed = {
  name: { sv: 'Nationell stödtelefon', en: 'National support line' },
  phone: '020-390 000',
  description: {
    sv:
      'Du som i ditt arbete kommer i kontakt med sexuell exploatering av barn, prostitution och människohandel kan ringa den ' +
      'nationella stödtelefonen som drivs av NSPM för mer information och vägledning. Genom stödtelefonen erbjuds metodstöd till ' +
      'yrkesverksamma inom kommuner, myndigheter och civilsamhället. Du kan även få hänvisning vidare till en regionkoordinator ' +
      'eller annan aktör inom NMT.',
    en:
      'If you come into contact with the sexual exploitation of children, prostitution or human trafficking in your work, you can call ' +
      'the national support line run by NSPM for more information and guidance. The support line offers methods support to ' +
      'professionals in municipalities, government agencies and civil society. You can also be referred on to a regional ' +
      'coordinator or another actor in the National Task Force against Prostitution and Human Trafficking (NMT).',
  },
  openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }],
  // The brochure says only "kontorstid på vardagar": 08:00–16:00 is an assumption an editor is to confirm.
  openingHoursConfirmed: false,
  closedOnPublicHolidays: true,
  // The alternatives while the line is closed; urgent cases never wait for it (the numbers below).
  whenClosed: {
    sv:
      'Stödtelefonen är bemannad under kontorstid på vardagar. När den är stängd kan du skicka e-post till ' +
      'nspm@jamstalldhetsmyndigheten.se eller kontakta en regionkoordinator direkt; kontaktuppgifter finns på NSPM:s webbplats. ' +
      'Brådskande ärenden och akut fara väntar inte på stödtelefonen: numren nedan gäller alltid.',
    en:
      'The support line is staffed during office hours on weekdays. When it is closed, you can email nspm@jamstalldhetsmyndigheten.se ' +
      "or contact a regional coordinator directly; contact details are on NSPM's website. Urgent cases and immediate danger do not " +
      'wait for the support line: the numbers below always apply.',
  },
  emergencyNumbers: [
    {
      kind: 'emergency',
      appliesWhen: 'always',
      label: { sv: 'Nödnummer 112', en: 'Emergency number 112' },
      number: '112',
      whenToCall: { sv: 'Vid akut fara, när som helst.', en: 'In immediate danger, at any time.' },
    },
    {
      kind: 'police',
      appliesWhen: 'always',
      label: { sv: 'Polisen', en: 'The police' },
      number: '114 14',
      whenToCall: {
        sv: 'Vid brådskande ärenden, när som helst, även när stödtelefonen är öppen.',
        en: 'In urgent cases, at any time, also while the support line is open.',
      },
    },
    {
      kind: 'social-services-on-call',
      appliesWhen: 'always',
      label: { sv: 'Socialjouren', en: 'Social services on call' },
      whenToCall: {
        sv: 'Vid brådskande ärenden, när som helst, som alternativ till polisen: socialjour eller motsvarande jourfunktion inom ' + 'socialtjänsten. Numret beror på kommunen.',
        en:
          'In urgent cases, at any time, as an alternative to the police: the social services on-call service or equivalent ' +
          'out-of-hours function in social services. The number depends on the municipality.',
      },
    },
  ],
  email: 'nspm@jamstalldhetsmyndigheten.se',
  website: 'https://nspm.jamstalldhetsmyndigheten.se',
}
