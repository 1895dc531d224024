import type { CountyNamesEn } from './types'

/** English names of the 21 counties, keyed by two-digit SCB county code. */
export const countyNamesEn: CountyNamesEn = {
  '01': 'Stockholm County',
  '03': 'Uppsala County',
  '04': 'Södermanland County',
  '05': 'Östergötland County',
  '06': 'Jönköping County',
  '07': 'Kronoberg County',
  '08': 'Kalmar County',
  '09': 'Gotland County',
  '10': 'Blekinge County',
  '12': 'Skåne County',
  '13': 'Halland County',
  '14': 'Västra Götaland County',
  '17': 'Värmland County',
  '18': 'Örebro County',
  '19': 'Västmanland County',
  '20': 'Dalarna County',
  '21': 'Gävleborg County',
  '22': 'Västernorrland County',
  '23': 'Jämtland County',
  '24': 'Västerbotten County',
  '25': 'Norrbotten County',
}
