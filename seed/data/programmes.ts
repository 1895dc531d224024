import type { ProgrammeSeed } from './types'

/** The return programme ÅMP and the national support programme NSP, as the brochure describes them. */
export const programmes: ProgrammeSeed[] = [
  {
    slug: 'amp',
    name: { sv: 'Återvändandeprogrammet Människohandel Prostitution', en: 'Return Programme for Human Trafficking and Prostitution' },
    shortName: { sv: 'ÅMP', en: 'ÅMP' },
    summary: {
      sv:
        'Återvändandeprogrammet erbjuder stöd till barn och vuxna med hemvist i ett annat land som utnyttjats i prostitution eller ' +
        'människohandel i Sverige. Programmet skapar förutsättningar för att minimera risk för att åter utnyttjas i människohandel ' +
        'och annan exploatering. ÅMP administreras av Internationella migrationsorganisationen (IOM) i Helsingfors och finansieras ' +
        'av Jämställdhetsmyndigheten.',
      en:
        'The return programme offers support to children and adults resident in another country who have been exploited in ' +
        'prostitution or human trafficking in Sweden. The programme creates conditions to minimise the risk of being exploited again ' +
        'in human trafficking and other exploitation. ÅMP is administered by the International Organization for Migration (IOM) in ' +
        'Helsinki and funded by the Swedish Gender Equality Agency.',
    },
    operator: 'iom',
    // "finansieras av Jämställdhetsmyndigheten"
    funding: [{ organisation: 'jamstalldhetsmyndigheten', share: 'full' }],
    eligibility: {
      sv: 'Barn och vuxna med hemvist i ett annat land som utnyttjats i prostitution eller människohandel i Sverige. Insatserna är ' + 'individuellt anpassade.',
      en: 'Children and adults resident in another country who have been exploited in prostitution or human trafficking in Sweden. ' + 'The support is tailored to the individual.',
    },
    supportOffered: [
      { sv: 'Praktiskt stöd för hemresa', en: 'Practical help with the journey home' },
      { sv: 'Ekonomiskt stöd', en: 'Financial support' },
      { sv: 'Hälsovård', en: 'Health care' },
      { sv: 'Boende', en: 'Housing' },
      { sv: 'Stöd till utbildning och arbete under en period', en: 'Support for education and work for a period' },
    ],
    howToApply: {
      sv: 'För ansökan om deltagande i programmet, kontakta regionkoordinatorn i aktuell region.',
      en: 'To apply for participation in the programme, contact the regional coordinator in the region concerned.',
    },
  },
  {
    slug: 'nsp',
    name: {
      sv: 'Nationellt stödprogram för offer för människohandel i Sverige',
      en: 'National Support Programme for Victims of Human Trafficking in Sweden',
    },
    shortName: { sv: 'NSP', en: 'NSP' },
    summary: {
      sv:
        'Nationellt stödprogram för offer för människohandel i Sverige (NSP) drivs av Plattformen Civila Sverige mot Människohandel, ' +
        'och Jämställdhetsmyndigheten bidrar med ekonomiska medel. Programmet kompletterar det stöd som offer för människohandel i ' +
        'Sverige får genom myndigheter.',
      en:
        'The National Support Programme for Victims of Human Trafficking in Sweden (NSP) is run by the Swedish Civil Society Platform ' +
        'against Human Trafficking, and the Swedish Gender Equality Agency contributes funding. The programme complements the support ' +
        'that victims of human trafficking in Sweden receive from the authorities.',
    },
    operator: 'plattformen-civila-sverige-mot-manniskohandel',
    // "Jämställdhetsmyndigheten bidrar med ekonomiska medel": a contributor, not the only funder.
    funding: [{ organisation: 'jamstalldhetsmyndigheten', share: 'contribution' }],
    eligibility: {
      sv: 'Offer för människohandel i Sverige.',
      en: 'Victims of human trafficking in Sweden.',
    },
    supportOffered: [
      {
        sv: 'Stöd som kompletterar det stöd som offer för människohandel får genom myndigheter',
        en: 'Support that complements the support victims of human trafficking receive from the authorities',
      },
    ],
    howToApply: {
      sv: 'Yrkesverksamma som vill veta mer om stöd genom NSP kan kontakta regionkoordinatorn i aktuell region eller den nationella ' + 'stödtelefonen 020-390 000 för vägledning.',
      en:
        'Professionals who want to know more about support through NSP can contact the regional coordinator in the region concerned ' +
        'or the national support line on 020-390 000 for guidance.',
    },
  },
]
