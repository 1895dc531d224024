import type { ManualStepSeed, ResidencePermitSeed } from './types'

/** Every step is described in full in the manual the brochure names. */
const MANUAL = 'manual-vid-misstanke-om-manniskohandel'
const FORMS_URL = 'https://www.migrationsverket.se/Kontakta-oss/Bestall-handlingar-fran-Migrationsverket/Blanketter.html'

/** The brochure's "bevispersoner"; the head of a preliminary investigation is a police officer or a prosecutor. */
const PEOPLE_NEEDED_IN_THE_INVESTIGATION = {
  sv: 'Bevispersoner: personer som behövs i förundersökningen.',
  en: 'People needed in the preliminary investigation ("bevispersoner").',
}
const byHeadOfInvestigation = (permit: ResidencePermitSeed['permit'], durationDays?: number): ResidencePermitSeed => ({
  permit,
  applicant: 'head-of-preliminary-investigation',
  applicantOrganisations: ['polismyndigheten', 'aklagarmyndigheten'],
  decidedBy: 'migrationsverket',
  appliesTo: PEOPLE_NEEDED_IN_THE_INVESTIGATION,
  durationDays,
  formsUrl: FORMS_URL,
})

/** Betänketid, from the brochure: who applies, for whom, for how long, and since when. */
const reflectionPeriodBySocialServices: ResidencePermitSeed = {
  permit: 'reflection-period',
  applicant: 'social-welfare-board',
  applicantOrganisations: ['socialtjansten'],
  decidedBy: 'migrationsverket',
  appliesTo: {
    sv: 'Personer som kan vara utsatta för människohandel eller människoexploatering.',
    en: 'People who may be victims of human trafficking or human exploitation.',
  },
  durationDays: 30,
  availableSince: '2022-08-01',
  formsUrl: FORMS_URL,
}
// The brochure: betänketid gives a temporary residence permit of 30 days; it names no length for bevispersoner's permit.
const reflectionPeriodByInvestigation = byHeadOfInvestigation('reflection-period', 30)
const permitForInvestigation = byHeadOfInvestigation('temporary-residence-permit')

/** The six steps of Sweden's support and protection process, as described in "Manual vid misstanke om människohandel". */
export const manualSteps: ManualStepSeed[] = [
  {
    number: 1,
    title: { sv: 'Identifiering', en: 'Identification' },
    summary: {
      sv:
        'Den som i sitt arbete möter en person som kan vara utsatt för människohandel behöver känna igen tecknen och agera vid ' +
        'misstanke. Kontakta polisen och socialtjänsten, och ta hjälp av regionkoordinatorn eller den nationella stödtelefonen ' +
        'i bedömningen.',
      en:
        'Anyone who meets a person in their work who may be a victim of human trafficking needs to recognise the signs and act on a ' +
        'suspicion. Contact the police and social services, and get help with the assessment from the regional coordinator or the ' +
        'national support line.',
    },
    responsible: ['socialtjansten', 'polismyndigheten', 'migrationsverket', 'halso-och-sjukvarden'],
    manual: MANUAL,
    residencePermits: [],
  },
  {
    number: 2,
    title: { sv: 'Akut skydd', en: 'Immediate protection' },
    summary: {
      sv:
        'När en person kan vara utsatt för människohandel ska hen få skydd och sina akuta behov tillgodosedda, till exempel ett ' +
        'tryggt boende, vård och tolk. Socialtjänsten ansvarar för akut stöd och skydd, och polisen gör riskbedömningar och kan ' +
        'ge skydd vid hot.',
      en:
        'When a person may be a victim of human trafficking, they must be protected and have their urgent needs met, for example safe ' +
        'housing, health care and an interpreter. Social services are responsible for immediate support and protection, and the ' +
        'police carry out risk assessments and can provide protection against threats.',
    },
    responsible: ['socialtjansten', 'polismyndigheten', 'halso-och-sjukvarden'],
    manual: MANUAL,
    residencePermits: [],
  },
  {
    number: 3,
    title: { sv: 'Inledande stöd', en: 'Initial support' },
    summary: {
      sv:
        'Under den inledande tiden får personen möjlighet att återhämta sig, information om sina rättigheter och stöd utifrån sina ' +
        'behov. Sedan 1 augusti 2022 kan socialnämnden ansöka hos Migrationsverket om betänketid, som ger ett tidsbegränsat ' +
        'uppehållstillstånd om 30 dagar; även förundersökningsledaren kan ansöka om betänketid för bevispersoner. Hälso- och ' +
        'sjukvården ger vård.',
      en:
        'During the initial period the person is given the opportunity to recover, information about their rights and support based ' +
        'on their needs. Since 1 August 2022 the social welfare board can apply to the Swedish Migration Agency for a reflection ' +
        'period, which gives a temporary residence permit of 30 days; the head of the preliminary investigation can also apply for a ' +
        'reflection period for people needed in the investigation. Health care services provide care.',
    },
    responsible: ['socialtjansten', 'migrationsverket', 'halso-och-sjukvarden', 'polismyndigheten', 'aklagarmyndigheten'],
    manual: MANUAL,
    residencePermits: [reflectionPeriodBySocialServices, reflectionPeriodByInvestigation],
  },
  {
    number: 4,
    title: { sv: 'Långsiktigt stöd', en: 'Long-term support' },
    summary: {
      sv:
        'Det långsiktiga stödet syftar till att personen ska kunna återhämta sig och bygga upp ett tryggt liv, till exempel genom ' +
        'boende, vård, sysselsättning och stöd under en rättsprocess. Socialtjänsten ansvarar för stödet i samverkan med andra ' +
        'aktörer, och civilsamhällets stöd genom NSP kompletterar det stöd som ges av myndigheter.',
      en:
        'Long-term support aims to enable the person to recover and build a safe life, for example through housing, health care, ' +
        'occupation and support during legal proceedings. Social services are responsible for the support in cooperation with other ' +
        'actors, and civil society support through NSP complements the support provided by the authorities.',
    },
    responsible: ['socialtjansten', 'halso-och-sjukvarden', 'migrationsverket', 'plattformen-civila-sverige-mot-manniskohandel'],
    manual: MANUAL,
    residencePermits: [],
  },
  {
    number: 5,
    title: { sv: 'Straffrättsligt förfarande', en: 'Criminal proceedings' },
    summary: {
      sv:
        'Polisen utreder misstänkt människohandel och åklagaren leder förundersökningen och beslutar om åtal. Förundersökningsledaren ' +
        'kan ansöka om betänketid och tidsbegränsat uppehållstillstånd för bevispersoner, och den utsatta har rätt till stöd under ' +
        'hela rättsprocessen.',
      en:
        'The police investigate suspected human trafficking and the prosecutor leads the preliminary investigation and decides on ' +
        'prosecution. The head of the preliminary investigation can apply for a reflection period and a temporary residence permit ' +
        'for people needed in the investigation, and the victim is entitled to support throughout the legal process.',
    },
    responsible: ['polismyndigheten', 'aklagarmyndigheten', 'migrationsverket'],
    manual: MANUAL,
    residencePermits: [permitForInvestigation],
  },
  {
    number: 6,
    title: { sv: 'Ett tryggt återvändande', en: 'A safe return' },
    summary: {
      sv:
        'En person som vill återvända till sitt hemland ska kunna göra det frivilligt och tryggt, efter en bedömning av riskerna vid ' +
        'återkomsten. Genom Återvändandeprogrammet Människohandel Prostitution (ÅMP), som administreras av IOM och söks via ' +
        'regionkoordinatorn, kan personen få stöd för hemresan och tiden därefter.',
      en:
        'A person who wishes to return to their home country must be able to do so voluntarily and safely, after an assessment of the ' +
        'risks on return. Through the Return Programme for Human Trafficking and Prostitution (ÅMP), administered by IOM and applied ' +
        'for through the regional coordinator, the person can receive support for the journey home and the period afterwards.',
    },
    responsible: ['iom', 'socialtjansten', 'migrationsverket'],
    manual: MANUAL,
    residencePermits: [],
  },
]
