import type { PublicationSeed } from './types'

/** The brochure itself and the manual it refers to; no other publications are named in the brochure. */
export const publications: PublicationSeed[] = [
  {
    slug: 'broschyr-att-forebygga-och-bekampa',
    title: {
      sv: 'Att förebygga och bekämpa sexuell exploatering av barn, prostitution och människohandel – så gör vi',
      en: 'Preventing and combating the sexual exploitation of children, prostitution and human trafficking – how we work',
    },
    summary: {
      sv:
        'Broschyren är till dig som i ditt arbete kan möta barn eller vuxna som befinner sig i en utsatt livssituation, eller som ' +
        'arbetar med att förebygga och bekämpa våld och brott. Den beskriver NSPM:s uppdrag, centrala begrepp, samverkan mellan ' +
        'myndigheter, regionkoordinatorerna, stödprogrammen ÅMP och NSP, betänketid och den nationella stödtelefonen.',
      en:
        'The brochure is for you who in your work may meet children or adults in a vulnerable situation, or who work to prevent and ' +
        "combat violence and crime. It describes NSPM's mission, key concepts, cooperation between agencies, the regional " +
        'coordinators, the support programmes ÅMP and NSP, the reflection period and the national support line.',
    },
    type: 'brochure',
    audiences: ['professionals'],
    languages: ['sv'],
    url: 'https://nspm.jamstalldhetsmyndigheten.se/',
    orderable: true,
    articleNumber: 'JMF-NSPM-001',
    maxQuantityPerOrder: 100,
    inStock: true,
  },
  {
    slug: 'manual-vid-misstanke-om-manniskohandel',
    title: { sv: 'Manual vid misstanke om människohandel', en: 'Manual for suspected cases of human trafficking' },
    summary: {
      sv:
        'Manual vid misstanke om människohandel är Sveriges beskrivning av stöd- och skyddsprocessen, en så kallad National Referral ' +
        'Mechanism. Manualen utgår från de rättigheter som offer för människohandel i Sverige har och tydliggör olika aktörers ansvar ' +
        'i arbetet, i sex steg från identifiering till eventuellt frivilligt återvändande till hemland.',
      en:
        "The manual for suspected cases of human trafficking is Sweden's description of the support and protection process, a " +
        'so-called National Referral Mechanism. It is based on the rights of victims of human trafficking in Sweden and clarifies ' +
        'the responsibilities of the different actors, in six steps from identification to a possible voluntary return to the home ' +
        'country.',
    },
    type: 'manual',
    audiences: ['professionals'],
    languages: ['sv', 'en'],
    url: 'https://nspm.jamstalldhetsmyndigheten.se/',
    orderable: true,
    articleNumber: 'JMF-NSPM-002',
    maxQuantityPerOrder: 50,
    inStock: true,
  },
]
