import type { OrganisationSeed } from './types'

/** Every organisation the brochure names, with its role in the work against prostitution and human trafficking. */
export const organisations: OrganisationSeed[] = [
  {
    slug: 'jamstalldhetsmyndigheten',
    name: { sv: 'Jämställdhetsmyndigheten', en: 'Swedish Gender Equality Agency' },
    type: 'government-agency',
    location: 'Göteborg',
    description: {
      sv:
        'Jämställdhetsmyndigheten i Göteborg är den myndighet som Nationella samordningen mot prostitution och människohandel (NSPM) ' +
        'är en del av. Myndigheten finansierar Återvändandeprogrammet Människohandel Prostitution (ÅMP), bidrar med ekonomiska medel ' +
        'till Nationellt stödprogram för offer för människohandel i Sverige (NSP) och finansierar regionkoordinatorernas tjänster ' +
        'i samverkan med länsstyrelserna och värdkommunerna.',
      en:
        'The Swedish Gender Equality Agency in Göteborg is the agency that the National Coordination Against Prostitution and ' +
        'Trafficking in Human Beings (NSPM) is part of. The agency funds the Return Programme for Human Trafficking and Prostitution ' +
        '(ÅMP), contributes funding to the National Support Programme for Victims of Human Trafficking in Sweden (NSP) and funds the ' +
        'regional coordinator posts together with the county administrative boards and the host municipalities.',
    },
    website: 'https://nspm.jamstalldhetsmyndigheten.se',
    email: 'nspm@jamstalldhetsmyndigheten.se',
  },
  {
    slug: 'nspm',
    name: {
      sv: 'Nationella samordningen mot prostitution och människohandel',
      en: 'National Coordination Against Prostitution and Trafficking in Human Beings',
    },
    shortName: { sv: 'NSPM', en: 'NSPM' },
    type: 'coordinating-agency',
    partOf: 'jamstalldhetsmyndigheten',
    location: 'Göteborg',
    description: {
      sv:
        'Den nationella samordningen mot prostitution och människohandel (NSPM) är en del av Jämställdhetsmyndigheten och är Sveriges ' +
        'samordningsfunktion mot människohandel. NSPM samordnar arbetet på nationell nivå mot sexuell exploatering av barn, ' +
        'prostitution och människohandel för alla ändamål, erbjuder kunskaps- och metodstöd till yrkesverksamma och driver den ' +
        'nationella stödtelefonen.',
      en:
        'The National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of the Swedish Gender Equality ' +
        "Agency and is Sweden's coordinating function against human trafficking. NSPM coordinates the work at national level against " +
        'the sexual exploitation of children, prostitution and human trafficking for all purposes, offers knowledge and methods ' +
        'support to professionals and runs the national support line.',
    },
    website: 'https://nspm.jamstalldhetsmyndigheten.se',
    email: 'nspm@jamstalldhetsmyndigheten.se',
    phone: '020-390 000',
  },
  {
    slug: 'arbetsmiljoverket',
    name: { sv: 'Arbetsmiljöverket', en: 'Swedish Work Environment Authority' },
    type: 'government-agency',
    description: {
      sv:
        'Arbetsmiljöverket är förvaltningsmyndighet för arbetsmiljö och samordnar det myndighetsgemensamma arbetet mot ' +
        'arbetslivskriminalitet. Myndigheten ingår även i Nationellt metodstödsteam (NMT).',
      en:
        'The Swedish Work Environment Authority is the administrative authority for the work environment and coordinates the ' +
        'multi-agency work against work-related crime. It is also part of the National Task Force against Prostitution and Human Trafficking (NMT).',
    },
    website: 'https://www.av.se',
  },
  {
    slug: 'migrationsverket',
    name: { sv: 'Migrationsverket', en: 'Swedish Migration Agency' },
    type: 'government-agency',
    description: {
      sv:
        'Migrationsverket prövar ansökningar om uppehållstillstånd, bland annat om betänketid för personer som kan vara utsatta för ' +
        'människohandel eller människoexploatering. Myndigheten ingår i Nationellt metodstödsteam (NMT) och i det ' +
        'myndighetsgemensamma arbetet mot arbetslivskriminalitet.',
      en:
        'The Swedish Migration Agency decides on applications for residence permits, including reflection periods for people who may ' +
        'be victims of human trafficking or human exploitation. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the ' +
        'multi-agency work against work-related crime.',
    },
    website: 'https://www.migrationsverket.se',
  },
  {
    slug: 'polismyndigheten',
    name: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' },
    type: 'government-agency',
    description: {
      sv:
        'Polismyndigheten utreder brott som människohandel och människoexploatering och kan ge skydd till personer som utsatts. ' +
        'Myndigheten ingår i Nationellt metodstödsteam (NMT) och i det myndighetsgemensamma arbetet mot arbetslivskriminalitet, ' +
        'och regionkoordinatorernas sju regioner följer polisens regionindelning.',
      en:
        'The Swedish Police Authority investigates crimes such as human trafficking and human exploitation and can protect people who ' +
        'have been exploited. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related ' +
        "crime, and the regional coordinators' seven regions follow the police's regional division.",
    },
    website: 'https://polisen.se',
  },
  {
    slug: 'skatteverket',
    name: { sv: 'Skatteverket', en: 'Swedish Tax Agency' },
    type: 'government-agency',
    description: {
      sv:
        'Skatteverket ansvarar för beskattning och folkbokföring och kan i sina kontroller upptäcka tecken på exploatering i ' +
        'arbetslivet. Myndigheten ingår i Nationellt metodstödsteam (NMT) och i det myndighetsgemensamma arbetet mot ' +
        'arbetslivskriminalitet.',
      en:
        'The Swedish Tax Agency is responsible for taxation and population registration and can detect signs of labour exploitation in ' +
        'its inspections. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related ' +
        'crime.',
    },
    website: 'https://www.skatteverket.se',
  },
  {
    slug: 'tullverket',
    name: { sv: 'Tullverket', en: 'Swedish Customs' },
    type: 'government-agency',
    description: {
      sv:
        'Tullverket kontrollerar trafiken över Sveriges gränser och kan i sitt gränsarbete upptäcka tecken på människohandel. ' +
        'Myndigheten ingår i Nationellt metodstödsteam (NMT).',
      en:
        "Swedish Customs checks traffic across Sweden's borders and can detect signs of human trafficking in its border work. " +
        'It is part of the National Task Force against Prostitution and Human Trafficking (NMT).',
    },
    website: 'https://www.tullverket.se',
  },
  {
    slug: 'aklagarmyndigheten',
    name: { sv: 'Åklagarmyndigheten', en: 'Swedish Prosecution Authority' },
    type: 'government-agency',
    description: {
      sv:
        'Åklagarmyndigheten leder förundersökningar och väcker åtal vid brott som människohandel och människoexploatering. ' +
        'Myndigheten ingår i Nationellt metodstödsteam (NMT) och i det myndighetsgemensamma arbetet mot arbetslivskriminalitet.',
      en:
        'The Swedish Prosecution Authority leads preliminary investigations and prosecutes crimes such as human trafficking and human ' +
        'exploitation. It is part of the National Task Force against Prostitution and Human Trafficking (NMT) and of the multi-agency work against work-related crime.',
    },
    website: 'https://www.aklagare.se',
  },
  {
    slug: 'arbetsformedlingen',
    name: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
    type: 'government-agency',
    description: {
      sv:
        'Arbetsförmedlingen är den statliga myndigheten för arbetsförmedling och arbetsmarknadspolitiska insatser. Myndigheten ingår ' +
        'i det myndighetsgemensamma arbetet mot arbetslivskriminalitet.',
      en:
        'The Swedish Public Employment Service is the government agency for job matching and labour market programmes. It is part of ' +
        'the multi-agency work against work-related crime.',
    },
    website: 'https://www.arbetsformedlingen.se',
  },
  {
    slug: 'ekobrottsmyndigheten',
    name: { sv: 'Ekobrottsmyndigheten', en: 'Swedish Economic Crime Authority' },
    type: 'government-agency',
    description: {
      sv: 'Ekobrottsmyndigheten bekämpar ekonomisk brottslighet. Myndigheten ingår i det myndighetsgemensamma arbetet mot ' + 'arbetslivskriminalitet.',
      en: 'The Swedish Economic Crime Authority combats economic crime. It is part of the multi-agency work against work-related crime.',
    },
    website: 'https://www.ekobrottsmyndigheten.se',
  },
  {
    slug: 'forsakringskassan',
    name: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' },
    type: 'government-agency',
    description: {
      sv: 'Försäkringskassan administrerar socialförsäkringarna. Myndigheten ingår i det myndighetsgemensamma arbetet mot ' + 'arbetslivskriminalitet.',
      en: 'The Swedish Social Insurance Agency administers the social insurance system. It is part of the multi-agency work against ' + 'work-related crime.',
    },
    website: 'https://www.forsakringskassan.se',
  },
  {
    slug: 'socialstyrelsen',
    name: { sv: 'Socialstyrelsen', en: 'National Board of Health and Welfare' },
    type: 'government-agency',
    description: {
      sv:
        'Socialstyrelsen är förvaltningsmyndighet för socialtjänst och hälso- och sjukvård. På Socialstyrelsens webbplats ' +
        'Kunskapsguiden.se finns bland annat information om betänketid för personer som kan vara utsatta för människohandel.',
      en:
        'The National Board of Health and Welfare is the administrative authority for social services and health care. Its website ' +
        'Kunskapsguiden.se has information on, among other things, the reflection period for people who may be victims of human ' +
        'trafficking.',
    },
    website: 'https://www.socialstyrelsen.se',
  },
  {
    slug: 'lansstyrelserna',
    name: { sv: 'Länsstyrelserna', en: 'County administrative boards' },
    type: 'county-board',
    description: {
      sv:
        'Länsstyrelserna samordnar regionala spetsgrupper för yrkesverksamma som arbetar mot prostitution och människohandel och ' +
        'finansierar regionkoordinatorernas tjänster tillsammans med Jämställdhetsmyndigheten och värdkommunerna. De ingår i ' +
        'Nationellt metodstödsteam (NMT).',
      en:
        'The county administrative boards coordinate the regional spearhead groups for professionals working against prostitution and ' +
        'human trafficking, and fund the regional coordinator posts together with the Swedish Gender Equality Agency and the host ' +
        'municipalities. They are part of the National Task Force against Prostitution and Human Trafficking (NMT).',
    },
    website: 'https://www.lansstyrelsen.se',
  },
  {
    slug: 'socialtjansten',
    name: { sv: 'Socialtjänsten', en: 'Social services' },
    type: 'social-services',
    description: {
      sv:
        'Kommunernas socialtjänst ansvarar för stöd och skydd till personer som utsatts för prostitution och människohandel, och ' +
        'socialnämnderna kan ansöka hos Migrationsverket om betänketid. Regionkoordinatorerna är anställda av socialtjänsten, och ' +
        'verksamheter inom socialtjänsten ingår i Nationellt metodstödsteam (NMT).',
      en:
        "The municipalities' social services are responsible for support and protection for people exploited in prostitution and " +
        'human trafficking, and the social welfare committees can apply to the Swedish Migration Agency for a reflection period. ' +
        'The regional coordinators are employed by social services, and social services units are part of the National Task Force ' +
        'against Prostitution and Human Trafficking (NMT).',
    },
  },
  {
    slug: 'halso-och-sjukvarden',
    name: { sv: 'Hälso- och sjukvården', en: 'Health care' },
    type: 'health-care',
    description: {
      sv:
        'Hälso- och sjukvården möter personer som kan vara utsatta för exploatering, kan upptäcka tecken på människohandel och ger ' +
        'vård. Verksamheter inom hälso- och sjukvården ingår i Nationellt metodstödsteam (NMT).',
      en:
        'Health care services meet people who may be exploited, can detect signs of human trafficking and provide care. Health care ' +
        'units are part of the National Task Force against Prostitution and Human Trafficking (NMT).',
    },
  },
  {
    slug: 'iom',
    name: {
      sv: 'Internationella migrationsorganisationen (IOM) i Helsingfors',
      en: 'International Organization for Migration (IOM), Helsinki',
    },
    shortName: { sv: 'IOM', en: 'IOM' },
    type: 'international-organisation',
    description: {
      sv:
        'IOM är FN:s migrationsorganisation. IOM i Helsingfors administrerar Återvändandeprogrammet Människohandel Prostitution (ÅMP), ' +
        'som finansieras av Jämställdhetsmyndigheten.',
      en:
        'IOM is the UN migration agency. IOM in Helsinki administers the Return Programme for Human Trafficking and Prostitution (ÅMP), ' +
        'which is funded by the Swedish Gender Equality Agency.',
    },
    website: 'https://finland.iom.int',
  },
  {
    slug: 'plattformen-civila-sverige-mot-manniskohandel',
    name: { sv: 'Plattformen Civila Sverige mot Människohandel', en: 'Swedish Civil Society Platform against Human Trafficking' },
    type: 'civil-society',
    description: {
      sv:
        'Plattformen Civila Sverige mot Människohandel samlar organisationer i civilsamhället som arbetar mot människohandel. ' +
        'Plattformen driver Nationellt stödprogram för offer för människohandel i Sverige (NSP) med ekonomiska medel från ' +
        'Jämställdhetsmyndigheten.',
      en:
        'The Swedish Civil Society Platform against Human Trafficking brings together civil society organisations working against ' +
        'human trafficking. The Platform runs the National Support Programme for Victims of Human Trafficking in Sweden (NSP) with ' +
        'funding from the Swedish Gender Equality Agency.',
    },
  },
]
