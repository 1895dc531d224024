import type { CoordinatorTemplate } from './types'

/** The shared texts of a regional coordinator post; the seed creates one post per region from it. */
export const coordinatorTemplate: CoordinatorTemplate = {
  title: {
    sv: 'Regionkoordinator mot prostitution och människohandel, region {region}',
    en: 'Regional coordinator against prostitution and human trafficking, {region} region',
  },
  employer: { sv: 'Socialtjänsten i värdkommunen', en: 'Social services of the host municipality' },
  alert: {
    sv: 'Kontaktuppgifterna till regionkoordinatorn håller på att fyllas i. Ring under tiden den nationella stödtelefonen 020-390 000, ' + 'som kan hänvisa dig vidare.',
    en: "The regional coordinator's contact details are being filled in. In the meantime, call the national support line on " + '020-390 000, which can refer you on.',
  },
  tasks: [
    {
      sv: 'Ge konsultativt metodstöd till myndigheter, verksamheter och aktörer inom civilsamhället',
      en: 'Provide consultative methods support to agencies, organisations and civil society actors',
    },
    {
      sv: 'Genomföra utbildningsinsatser i samverkan med Jämställdhetsmyndigheten och länsstyrelserna i aktuell region',
      en: 'Carry out training in cooperation with the Swedish Gender Equality Agency and the county administrative boards in the region',
    },
    {
      sv: 'Delta i myndighetsgemensamt arbete mot exploatering och människohandel i arbetslivet på regional nivå och ingå i regionala ' + 'center mot arbetslivskriminalitet (AKC)',
      en:
        'Take part in multi-agency work against exploitation and human trafficking in working life at regional level and in the ' +
        'regional centres against work-related crime (AKC)',
    },
    {
      sv: 'Ge stödjande insatser till utsatta, utifrån lokala förutsättningar',
      en: 'Provide support to people who are exploited, based on local conditions',
    },
    {
      sv: 'Koordinera insatser mellan berörda myndigheter och aktörer',
      en: 'Coordinate efforts between the agencies and actors concerned',
    },
    {
      sv: 'Vara kontaktperson för Återvändandeprogrammet Människohandel Prostitution',
      en: 'Be the contact person for the Return Programme for Human Trafficking and Prostitution (ÅMP)',
    },
    {
      sv: 'Bedriva uppsökande arbete',
      en: 'Carry out outreach work',
    },
  ],
}
