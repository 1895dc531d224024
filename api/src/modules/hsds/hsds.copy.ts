import { t, type Bilingual } from '../../../../contracts/bilingual'

/** The texts the HSDS answers add to our data (names of derived services, taxonomies, areas), in both languages. */
export const HSDS_COPY = {
  publisher: t('Nationellt stödprogram mot prostitution och människohandel (NSPM)', 'National Support Programme against Prostitution and Human Trafficking (NSPM)'),
  coordinatorService: (region: string): Bilingual =>
    t(`Regional samordnare mot prostitution och människohandel, region ${region}`, `Regional coordinator against prostitution and human trafficking, region ${region}`),
  coordinatorShortName: t('Regional samordnare', 'Regional coordinator'),
  coordinatorDescription: (region: string): Bilingual =>
    t(
      `Kontakten för yrkesverksamma i polisregion ${region} i arbetet mot prostitution och människohandel.`,
      `The contact for professionals in police region ${region} in the work against prostitution and human trafficking.`,
    ),
  noCoordinatorReachable: t(
    'Ingen regional samordnare kan nås just nu. Ring Nationell stödtelefon.',
    'No regional coordinator can be reached at the moment. Call the national support line.',
  ),
  regularHours: t('Ordinarie öppettider (svensk tid, Europe/Stockholm).', 'Regular opening hours (Swedish time, Europe/Stockholm).'),
  closedForHoliday: (holiday: string): Bilingual => t(`Stängt: ${holiday}.`, `Closed: ${holiday} (Swedish public holiday or eve).`),
  allOfSweden: t('Hela Sverige', 'All of Sweden'),
  nationwide: t('Tjänsten når hela landet.', 'The service covers the whole country.'),
  county: t('Län', 'County'),
  municipality: t('Kommun', 'Municipality'),
  scbTaxonomy: t('Regionala koder (SCB)', 'Regional codes (Statistics Sweden, SCB)'),
  countyCode: t('Länskod (SCB)', 'County code (SCB)'),
  countyCodeDescription: t('Tvåsiffrig länskod enligt SCB.', "Two-digit county code in Statistics Sweden's regional division."),
  municipalityCode: t('Kommunkod (SCB)', 'Municipality code (SCB)'),
  municipalityCodeDescription: t('Fyrsiffrig kommunkod enligt SCB.', "Four-digit municipality code in Statistics Sweden's regional division."),
  scbTaxonomyDescription: t('Statistiska centralbyråns koder för län och kommuner.', "Statistics Sweden's codes of counties and municipalities."),
  manualTaxonomyDescription: t('Stödprocessens sex steg enligt NSPM:s handbok.', "The six steps of the support process in NSPM's manual."),
  manualTaxonomy: t('Stödprocessens steg (NSPM:s handbok)', "The support process's steps (NSPM's manual)"),
  fundedBy: (funder: string, full: boolean): Bilingual =>
    full ? t(`Finansieras av ${funder}.`, `Funded by ${funder}.`) : t(`Med bidrag från ${funder}.`, `With a contribution from ${funder}.`),
} as const
