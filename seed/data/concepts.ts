import type { ConceptSeed } from './types'

/** The brochure's four concepts; the Swedish definitions are the brochure's wording. */
export const concepts: ConceptSeed[] = [
  {
    slug: 'sexuell-exploatering-av-barn',
    term: { sv: 'Sexuell exploatering av barn', en: 'Sexual exploitation of children' },
    definition: {
      sv: 'Sexuell exploatering av barn är sexuella övergrepp mot barn där någon form av ersättning getts i samband med övergreppen.',
      en: 'Sexual exploitation of children is sexual abuse of children where some form of compensation has been given in connection with ' + 'the abuse.',
    },
    related: ['prostitution', 'manniskohandel'],
  },
  {
    slug: 'prostitution',
    term: { sv: 'Prostitution', en: 'Prostitution' },
    definition: {
      sv: 'Prostitution innebär att en person betalar någon form av ersättning för att utnyttja en vuxen för sexuella handlingar.',
      en: 'Prostitution means that a person pays some form of compensation in order to exploit an adult for sexual acts.',
    },
    related: ['sexuell-exploatering-av-barn', 'manniskohandel'],
  },
  {
    slug: 'manniskohandel',
    term: { sv: 'Människohandel', en: 'Human trafficking' },
    definition: {
      sv:
        'Människohandel är när gärningspersoner, genom falska löften eller direkta hot, rekryterar och förflyttar människor för att ' +
        'utnyttja dem. Människohandel förekommer för olika former av exploatering. Det kan vara för sexuella handlingar, ' +
        'tvångsäktenskap, arbetskraft, krigstjänst, organhandel, illegala adoptioner, att tvingas tigga eller begå brott så som att ' +
        'stjäla eller hantera narkotika.',
      en:
        'Human trafficking is when perpetrators, through false promises or direct threats, recruit and move people in order to exploit ' +
        'them. Human trafficking occurs for different forms of exploitation. It can be for sexual acts, forced marriage, labour, ' +
        'military service, organ trafficking, illegal adoptions, or being forced to beg or to commit crimes such as stealing or ' +
        'handling drugs.',
    },
    related: ['manniskoexploatering', 'prostitution', 'sexuell-exploatering-av-barn'],
  },
  {
    slug: 'manniskoexploatering',
    term: { sv: 'Människoexploatering', en: 'Human exploitation' },
    definition: {
      sv: 'Människoexploatering är att utnyttja en person för tiggeri eller arbete under uppenbart orimliga villkor.',
      en: 'Human exploitation is exploiting a person for begging or for work under manifestly unreasonable conditions.',
    },
    related: ['manniskohandel'],
  },
]
