// The sixteen voivodeships with the numbers the generator needs to give synthetic Poland its shape:
// population (thousands, GUS 2023, rounded), land and city powiats, and gminas (TERYT 2023; they
// add up to 380 powiats and 2,477 gminas). The names are the real ones; everything generated
// below a voivodeship that is not in cypher/seed/areas.csv is synthetic.

export interface VoivodeshipFacts {
  teryt: string;
  name: string;
  populationK: number;
  landPowiats: number;
  cityPowiats: number;
  gminas: number;
}

export const VOIVODESHIPS: readonly VoivodeshipFacts[] = [
  { teryt: '02', name: 'dolnośląskie', populationK: 2876, landPowiats: 26, cityPowiats: 4, gminas: 169 },
  {
    teryt: '04',
    name: 'kujawsko-pomorskie',
    populationK: 2017,
    landPowiats: 19,
    cityPowiats: 4,
    gminas: 144,
  },
  { teryt: '06', name: 'lubelskie', populationK: 2024, landPowiats: 20, cityPowiats: 4, gminas: 213 },
  { teryt: '08', name: 'lubuskie', populationK: 980, landPowiats: 12, cityPowiats: 2, gminas: 82 },
  { teryt: '10', name: 'łódzkie', populationK: 2385, landPowiats: 21, cityPowiats: 3, gminas: 177 },
  { teryt: '12', name: 'małopolskie', populationK: 3430, landPowiats: 19, cityPowiats: 3, gminas: 182 },
  { teryt: '14', name: 'mazowieckie', populationK: 5510, landPowiats: 37, cityPowiats: 5, gminas: 314 },
  { teryt: '16', name: 'opolskie', populationK: 950, landPowiats: 11, cityPowiats: 1, gminas: 71 },
  { teryt: '18', name: 'podkarpackie', populationK: 2080, landPowiats: 21, cityPowiats: 4, gminas: 160 },
  { teryt: '20', name: 'podlaskie', populationK: 1160, landPowiats: 14, cityPowiats: 3, gminas: 118 },
  { teryt: '22', name: 'pomorskie', populationK: 2350, landPowiats: 16, cityPowiats: 4, gminas: 123 },
  { teryt: '24', name: 'śląskie', populationK: 4350, landPowiats: 17, cityPowiats: 19, gminas: 167 },
  { teryt: '26', name: 'świętokrzyskie', populationK: 1190, landPowiats: 13, cityPowiats: 1, gminas: 102 },
  {
    teryt: '28',
    name: 'warmińsko-mazurskie',
    populationK: 1370,
    landPowiats: 19,
    cityPowiats: 2,
    gminas: 116,
  },
  { teryt: '30', name: 'wielkopolskie', populationK: 3490, landPowiats: 31, cityPowiats: 4, gminas: 226 },
  {
    teryt: '32',
    name: 'zachodniopomorskie',
    populationK: 1650,
    landPowiats: 18,
    cityPowiats: 3,
    gminas: 113,
  },
];

/** Real city powiats are numbered 61–79 within their voivodeship; land powiats 01–38. */
export const isCityPowiatCode = (teryt: string): boolean => Number(teryt.slice(2, 4)) >= 61;

/**
 * Powiat numbers TERYT never gives (land powiats run 01–38, city powiats 61–79), used for
 * synthetic powiats when the real ones are not loaded: they cannot collide with a real code.
 * City-like synthetic powiats take 80–99, land ones 39–60.
 */
export const SYNTHETIC_CITY_POWIAT_NUMBERS = Array.from({ length: 20 }, (_, i) => 80 + i);
export const SYNTHETIC_LAND_POWIAT_NUMBERS = Array.from({ length: 22 }, (_, i) => 39 + i);

/**
 * Gmina numbers within a powiat run from 01 up to about 20 in real TERYT; synthetic gminas take
 * 70–99 (the 7th digit stays a valid type digit), so they cannot collide with a real gmina.
 */
export const SYNTHETIC_GMINA_NUMBERS = Array.from({ length: 30 }, (_, i) => 70 + i);
export const FIRST_SYNTHETIC_GMINA_NUMBER = 70;
