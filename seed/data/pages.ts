import { coordinatorTemplate } from './coordinator'
import { regions } from './regions'
import type { PageSeed } from './types'

const NSPM_URL = 'https://nspm.jamstalldhetsmyndigheten.se/'
const KUNSKAPSGUIDEN_URL = 'https://kunskapsguiden.se/'
const MIGRATIONSVERKET_FORMS_URL = 'https://www.migrationsverket.se/Kontakta-oss/Bestall-handlingar-fran-Migrationsverket/Blanketter.html'
const WEB_TRAINING_URL = 'https://webbutbildning.jamstalldhetsmyndigheten.se/'

const kunskapsguidenLink = {
  label: { sv: 'Kunskapsguiden.se (Socialstyrelsen)', en: 'Kunskapsguiden.se (National Board of Health and Welfare)' },
  url: KUNSKAPSGUIDEN_URL,
}

const nspmLink = { label: { sv: 'NSPM:s webbplats', en: "NSPM's website" }, url: NSPM_URL }

/** Knowledge articles built from the brochure's texts. */
export const pages: PageSeed[] = [
  {
    slug: 'betanketid',
    title: { sv: 'Betänketid', en: 'Reflection period' },
    summary: {
      sv:
        'Sedan 1 augusti 2022 kan socialnämnderna ansöka till Migrationsverket om betänketid för personer som kan vara utsatta för ' + 'människohandel eller människoexploatering.',
      en:
        'Since 1 August 2022, the social welfare committees can apply to the Swedish Migration Agency for a reflection period for ' +
        'people who may be victims of human trafficking or human exploitation.',
    },
    body: {
      sv: [
        {
          paragraph:
            'Sedan 1 augusti 2022 kan socialnämnderna ansöka till Migrationsverket om betänketid för personer som kan vara utsatta ' +
            'för människohandel eller människoexploatering.',
        },
        { paragraph: 'Betänketiden ger tillgång till ett tidsbegränsat uppehållstillstånd om 30 dagar.' },
        { paragraph: 'Förundersökningsledare kan ansöka både om betänketid och tidsbegränsat uppehållstillstånd för bevispersoner.' },
        { heading: 'Mer information' },
        {
          paragraph: 'För mer information se Manual vid misstanke om människohandel, NSPM:s webbplats och Socialstyrelsens webbplats ' + 'Kunskapsguiden.se.',
        },
        { paragraph: 'Ansökningsblanketter finns på Migrationsverkets webbplats.' },
      ],
      en: [
        {
          paragraph:
            'Since 1 August 2022, the social welfare committees can apply to the Swedish Migration Agency for a reflection period for ' +
            'people who may be victims of human trafficking or human exploitation.',
        },
        { paragraph: 'The reflection period gives access to a temporary residence permit of 30 days.' },
        {
          paragraph:
            'Heads of preliminary investigations can apply both for a reflection period and for a temporary residence permit for ' +
            'people needed in the investigation ("bevispersoner").',
        },
        { heading: 'More information' },
        {
          paragraph:
            'For more information, see the manual for suspected cases of human trafficking (Manual vid misstanke om människohandel), ' +
            "NSPM's website and the National Board of Health and Welfare's website Kunskapsguiden.se.",
        },
        { paragraph: "Application forms are available on the Swedish Migration Agency's website." },
      ],
    },
    links: [
      {
        label: {
          sv: 'Ansökningsblanketter på Migrationsverkets webbplats',
          en: "Application forms on the Swedish Migration Agency's website",
        },
        url: MIGRATIONSVERKET_FORMS_URL,
      },
      kunskapsguidenLink,
      nspmLink,
    ],
  },
  {
    slug: 'du-kan-gora-skillnad',
    title: { sv: 'Du kan göra skillnad', en: 'You can make a difference' },
    summary: {
      sv: 'Du som yrkesverksam är viktig i arbetet mot exploatering.',
      en: 'As a professional, you are important in the work against exploitation.',
    },
    body: {
      sv: [
        { paragraph: 'Du som yrkesverksam är viktig i arbetet mot exploatering.' },
        {
          paragraph:
            'Personer som utnyttjas i människohandel söker sällan själva stöd och hjälp. De saknar ofta kunskap om sina rättigheter ' +
            'och har ett lågt förtroende för myndigheter.',
        },
        {
          paragraph:
            'Därför behöver vi vara många som upptäcker tecken på utsatthet och agerar om vi misstänker prostitution och ' +
            'människohandel. Personer som utnyttjas i människohandel är brottsoffer som har rätt till skydd och stöd.',
        },
        { heading: 'Ta hjälp när du behöver' },
        {
          paragraph:
            'Du som i ditt arbete kommer i kontakt med sexuell exploatering av barn, prostitution och människohandel kan ringa den ' +
            'nationella stödtelefonen 020-390 000 för mer information och vägledning. Du kan också kontakta en regionkoordinator ' +
            'direkt; kontaktuppgifter finns på NSPM:s webbplats.',
        },
        {
          paragraph:
            'Vid brådskande ärenden kontakta polis på telefonnummer 114 14 alternativt socialjour eller motsvarande jourfunktion inom ' + 'socialtjänsten. Vid akut fara ring 112.',
        },
      ],
      en: [
        { paragraph: 'As a professional, you are important in the work against exploitation.' },
        {
          paragraph:
            'People exploited in human trafficking rarely seek support and help themselves. They often lack knowledge of their rights ' +
            'and have little trust in the authorities.',
        },
        {
          paragraph:
            'That is why many of us need to spot signs of vulnerability and act if we suspect prostitution or human trafficking. ' +
            'People exploited in human trafficking are victims of crime who are entitled to protection and support.',
        },
        { heading: 'Get help when you need it' },
        {
          paragraph:
            'If you come into contact with the sexual exploitation of children, prostitution or human trafficking in your work, you can ' +
            'call the national support line on 020-390 000 for more information and guidance. You can also contact a regional ' +
            "coordinator directly; contact details are on NSPM's website.",
        },
        {
          paragraph:
            'In urgent cases, contact the police on 114 14, or the social services on-call service or equivalent out-of-hours function ' +
            'in social services. In immediate danger, call 112.',
        },
      ],
    },
    links: [nspmLink],
  },
  {
    slug: 'lar-dig-mer',
    title: { sv: 'Lär dig mer', en: 'Learn more' },
    summary: {
      sv: 'Jämställdhetsmyndigheten har en grundläggande webbutbildning om sexuell exploatering av barn, prostitution och människohandel.',
      en: 'The Swedish Gender Equality Agency offers a basic web training course on the sexual exploitation of children, prostitution and ' + 'human trafficking.',
    },
    body: {
      sv: [
        { heading: 'Webbutbildning' },
        {
          paragraph:
            'Jämställdhetsmyndigheten har en grundläggande utbildning om sexuell exploatering av barn, prostitution och ' +
            'människohandel. Utbildningen finns på webbutbildning.jamstalldhetsmyndigheten.se.',
        },
        { heading: 'Manual vid misstanke om människohandel' },
        {
          paragraph:
            'Manual vid misstanke om människohandel är Sveriges beskrivning av stöd- och skyddsprocessen för offer för människohandel. ' +
            'Manualen finns tillgänglig digitalt och i tryckt format på svenska och engelska.',
        },
        { heading: 'Rapporter och informationsmaterial' },
        {
          paragraph:
            'På NSPM:s webbplats finns rapporter och andra publikationer. Det finns även informationsmaterial till både ' +
            'yrkesverksamma och personer som riskerar att utnyttjas för olika former av exploatering.',
        },
        {
          paragraph: 'För beställning av material, prenumeration på nyhetsbrev eller andra frågor kontakta nspm@jamstalldhetsmyndigheten.se.',
        },
      ],
      en: [
        { heading: 'Web training' },
        {
          paragraph:
            'The Swedish Gender Equality Agency has a basic training course on the sexual exploitation of children, prostitution and ' +
            'human trafficking. The course is available at webbutbildning.jamstalldhetsmyndigheten.se.',
        },
        { heading: 'Manual for suspected cases of human trafficking' },
        {
          paragraph:
            "The manual for suspected cases of human trafficking (Manual vid misstanke om människohandel) is Sweden's description of " +
            'the support and protection process for victims of human trafficking. The manual is available digitally and in print in ' +
            'Swedish and English.',
        },
        { heading: 'Reports and information material' },
        {
          paragraph:
            "NSPM's website has reports and other publications. There is also information material for both professionals and people " +
            'at risk of being exploited for different forms of exploitation.',
        },
        {
          paragraph: 'To order material, subscribe to the newsletter or ask other questions, contact nspm@jamstalldhetsmyndigheten.se.',
        },
      ],
    },
    links: [
      {
        label: { sv: 'Jämställdhetsmyndighetens webbutbildning', en: "The Swedish Gender Equality Agency's web training" },
        url: WEB_TRAINING_URL,
      },
      nspmLink,
      kunskapsguidenLink,
    ],
  },
  {
    slug: 'om-nspm',
    title: { sv: 'Om NSPM', en: 'About NSPM' },
    summary: {
      sv: 'Den nationella samordningen mot prostitution och människohandel (NSPM) är en del av Jämställdhetsmyndigheten och är Sveriges ' + 'samordningsfunktion.',
      en:
        'The National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of the Swedish Gender Equality Agency and ' +
        "is Sweden's coordinating function.",
    },
    body: {
      sv: [
        {
          paragraph:
            'För att bekämpa människohandel behövs samverkan både mellan myndigheter och civilsamhälle i Sverige och internationellt. ' +
            'I flera länder finns därför samordningsfunktioner mot människohandel.',
        },
        {
          paragraph:
            'Den nationella samordningen mot prostitution och människohandel (NSPM) är en del av Jämställdhetsmyndigheten och är ' +
            'Sveriges samordningsfunktion. Vi samordnar arbetet på nationell nivå mot sexuell exploatering av barn, prostitution och ' +
            'människohandel för alla ändamål.',
        },
        { heading: 'Vår verksamhet vilar på fyra ben' },
        {
          list: [
            'Vi samordnar nationella myndigheter, aktörer på regional nivå och aktörer från civilsamhället.',
            'Vi är en expertmyndighet som erbjuder kunskaps- och metodstöd till yrkesverksamma.',
            'Vi samverkar med nationella och internationella aktörer.',
            'Vi förebygger genom att utveckla kunskapsfältet och ge metodstöd.',
          ],
        },
        {
          paragraph: 'NSPM driver den nationella stödtelefonen 020-390 000 för yrkesverksamma och nås på e-post ' + 'nspm@jamstalldhetsmyndigheten.se.',
        },
      ],
      en: [
        {
          paragraph:
            'Combating human trafficking requires cooperation between government agencies and civil society, both in Sweden and ' +
            'internationally. Several countries therefore have coordinating functions against human trafficking.',
        },
        {
          paragraph:
            'The National Coordination Against Prostitution and Trafficking in Human Beings (NSPM) is part of the Swedish Gender Equality Agency ' +
            "and is Sweden's coordinating function. We coordinate the work at national level against the sexual exploitation of " +
            'children, prostitution and human trafficking for all purposes.',
        },
        { heading: 'Our work rests on four pillars' },
        {
          list: [
            'We coordinate national government agencies, regional actors and civil society actors.',
            'We are an expert agency offering knowledge and methods support to professionals.',
            'We cooperate with national and international actors.',
            'We prevent exploitation by developing the field of knowledge and providing methods support.',
          ],
        },
        {
          paragraph: 'NSPM runs the national support line 020-390 000 for professionals and can be reached by email at ' + 'nspm@jamstalldhetsmyndigheten.se.',
        },
      ],
    },
    links: [nspmLink],
  },
  {
    slug: 'regionkoordinatorer',
    title: {
      sv: 'Regionkoordinatorer mot prostitution och människohandel',
      en: 'Regional coordinators against prostitution and human trafficking',
    },
    summary: {
      sv:
        'Regionkoordinatorerna stödjer yrkesverksamma vid misstanke om exploatering och är en länk mellan alla de olika aktörer som ' +
        'ingår i stöd- och skyddsprocessen för offer för människohandel.',
      en:
        'The regional coordinators support professionals when exploitation is suspected and are a link between all the different ' +
        'actors in the support and protection process for victims of human trafficking.',
    },
    body: {
      sv: [
        {
          paragraph:
            'Regionkoordinatorerna stödjer yrkesverksamma vid misstanke om exploatering och är en länk mellan alla de olika aktörer ' +
            'som ingår i stöd- och skyddsprocessen för offer för människohandel.',
        },
        { heading: 'Organisation och finansiering' },
        {
          paragraph:
            'Regionkoordinatorerna är anställda av socialtjänsten och finns i hela landet. Regionindelningen som regionkoordinatorn ' +
            'arbetar efter består av sju regioner som följer samma geografiska indelning som den Polismyndigheten använder.',
        },
        { list: regions.map((region) => region.name.sv) },
        {
          paragraph:
            'Tjänsterna finansieras i samverkan mellan Jämställdhetsmyndigheten, länsstyrelserna och den värdkommun där ' +
            'regionkoordinatorn är anställd. I vissa fall delfinansierar även andra kommuner och regioner.',
        },
        {
          paragraph:
            'NSPM samordnar arbetet med regionkoordinatorerna på nationell nivå genom samverkan med avtalsparter. Vi ordnar även ' +
            'regelbundna metodstödsträffar för regionkoordinatorerna. På regional nivå ingår regionkoordinatorerna i spetsgrupper för ' +
            'yrkesverksamma som arbetar mot prostitution och människohandel som länsstyrelserna samordnar.',
        },
        { heading: 'Arbetsuppgifter' },
        { paragraph: 'Arbetsuppgifter för en regionkoordinator består bland annat av att:' },
        { list: coordinatorTemplate.tasks.map((task) => task.sv) },
        { heading: 'Kontakt' },
        { paragraph: 'Du kan kontakta en regionkoordinator direkt. Kontaktuppgifter finns på NSPM:s webbplats.' },
      ],
      en: [
        {
          paragraph:
            'The regional coordinators support professionals when exploitation is suspected and are a link between all the different ' +
            'actors in the support and protection process for victims of human trafficking.',
        },
        { heading: 'Organisation and funding' },
        {
          paragraph:
            'The regional coordinators are employed by social services and are found throughout the country. The regional division ' +
            'the coordinators work to consists of seven regions that follow the same geographical division as the Swedish Police ' +
            'Authority uses.',
        },
        { list: regions.map((region) => region.name.en) },
        {
          paragraph:
            'The posts are funded jointly by the Swedish Gender Equality Agency, the county administrative boards and the host ' +
            'municipality that employs the regional coordinator. In some cases, other municipalities and regions also contribute ' +
            'funding.',
        },
        {
          paragraph:
            'NSPM coordinates the work with the regional coordinators at national level through cooperation with the contracting ' +
            'parties. We also arrange regular methods support meetings for the regional coordinators. At regional level, the regional ' +
            'coordinators take part in spearhead groups, coordinated by the county administrative boards, for professionals working ' +
            'against prostitution and human trafficking.',
        },
        { heading: 'Tasks' },
        { paragraph: 'Among other things, the tasks of a regional coordinator are to:' },
        { list: coordinatorTemplate.tasks.map((task) => task.en) },
        { heading: 'Contact' },
        { paragraph: "You can contact a regional coordinator directly. Contact details are on NSPM's website." },
      ],
    },
    links: [{ label: { sv: 'Kontaktuppgifter till regionkoordinatorer', en: 'Contact details for the regional coordinators' }, url: NSPM_URL }],
  },
]
