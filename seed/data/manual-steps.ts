import type { ManualStepSeed } from './types'

/** The six steps of Sweden's support and protection process, as described in "Manual vid misstanke om människohandel". */
export const manualSteps: ManualStepSeed[] = [
  {
    number: 1,
    title: { sv: 'Identifiering', en: 'Identification' },
    summary: {
      sv:
        'Den som i sitt arbete möter en person som kan vara utsatt för människohandel behöver känna igen tecknen och agera vid '
        + 'misstanke. Kontakta polisen och socialtjänsten, och ta hjälp av regionkoordinatorn eller den nationella stödtelefonen '
        + 'i bedömningen.',
      en:
        'Anyone who meets a person in their work who may be a victim of human trafficking needs to recognise the signs and act on a '
        + 'suspicion. Contact the police and social services, and get help with the assessment from the regional coordinator or the '
        + 'national support line.',
    },
    responsible: ['socialtjansten', 'polismyndigheten', 'migrationsverket', 'halso-och-sjukvarden'],
  },
  {
    number: 2,
    title: { sv: 'Akut skydd', en: 'Immediate protection' },
    summary: {
      sv:
        'När en person kan vara utsatt för människohandel ska hen få skydd och sina akuta behov tillgodosedda, till exempel ett '
        + 'tryggt boende, vård och tolk. Socialtjänsten ansvarar för akut stöd och skydd, och polisen gör riskbedömningar och kan '
        + 'ge skydd vid hot.',
      en:
        'When a person may be a victim of human trafficking, they must be protected and have their urgent needs met, for example safe '
        + 'housing, health care and an interpreter. Social services are responsible for immediate support and protection, and the '
        + 'police carry out risk assessments and can provide protection against threats.',
    },
    responsible: ['socialtjansten', 'polismyndigheten', 'halso-och-sjukvarden'],
  },
  {
    number: 3,
    title: { sv: 'Inledande stöd', en: 'Initial support' },
    summary: {
      sv:
        'Under den inledande tiden får personen möjlighet att återhämta sig, information om sina rättigheter och stöd utifrån sina '
        + 'behov. Socialnämnden kan ansöka hos Migrationsverket om betänketid, som ger ett tidsbegränsat uppehållstillstånd om 30 '
        + 'dagar, och hälso- och sjukvården ger vård.',
      en:
        'During the initial period the person is given the opportunity to recover, information about their rights and support based '
        + 'on their needs. The social welfare committee can apply to the Swedish Migration Agency for a reflection period, which gives '
        + 'a temporary residence permit of 30 days, and health care services provide care.',
    },
    responsible: ['socialtjansten', 'migrationsverket', 'halso-och-sjukvarden'],
  },
  {
    number: 4,
    title: { sv: 'Långsiktigt stöd', en: 'Long-term support' },
    summary: {
      sv:
        'Det långsiktiga stödet syftar till att personen ska kunna återhämta sig och bygga upp ett tryggt liv, till exempel genom '
        + 'boende, vård, sysselsättning och stöd under en rättsprocess. Socialtjänsten ansvarar för stödet i samverkan med andra '
        + 'aktörer, och civilsamhällets stöd genom NSP kompletterar det stöd som ges av myndigheter.',
      en:
        'Long-term support aims to enable the person to recover and build a safe life, for example through housing, health care, '
        + 'occupation and support during legal proceedings. Social services are responsible for the support in cooperation with other '
        + 'actors, and civil society support through NSP complements the support provided by the authorities.',
    },
    responsible: ['socialtjansten', 'halso-och-sjukvarden', 'migrationsverket', 'plattformen-civila-sverige-mot-manniskohandel'],
  },
  {
    number: 5,
    title: { sv: 'Straffrättsligt förfarande', en: 'Criminal proceedings' },
    summary: {
      sv:
        'Polisen utreder misstänkt människohandel och åklagaren leder förundersökningen och beslutar om åtal. Förundersökningsledaren '
        + 'kan ansöka om betänketid och tidsbegränsat uppehållstillstånd för bevispersoner, och den utsatta har rätt till stöd under '
        + 'hela rättsprocessen.',
      en:
        'The police investigate suspected human trafficking and the prosecutor leads the preliminary investigation and decides on '
        + 'prosecution. The head of the preliminary investigation can apply for a reflection period and a temporary residence permit '
        + 'for witnesses, and the victim is entitled to support throughout the legal process.',
    },
    responsible: ['polismyndigheten', 'aklagarmyndigheten'],
  },
  {
    number: 6,
    title: { sv: 'Ett tryggt återvändande', en: 'A safe return' },
    summary: {
      sv:
        'En person som vill återvända till sitt hemland ska kunna göra det frivilligt och tryggt, efter en bedömning av riskerna vid '
        + 'återkomsten. Genom Återvändandeprogrammet Människohandel Prostitution (ÅMP), som administreras av IOM och söks via '
        + 'regionkoordinatorn, kan personen få stöd för hemresan och tiden därefter.',
      en:
        'A person who wishes to return to their home country must be able to do so voluntarily and safely, after an assessment of the '
        + 'risks on return. Through the Return Programme for Human Trafficking and Prostitution (ÅMP), administered by IOM and applied '
        + 'for through the regional coordinator, the person can receive support for the journey home and the period afterwards.',
    },
    responsible: ['iom', 'socialtjansten', 'migrationsverket'],
  },
]
