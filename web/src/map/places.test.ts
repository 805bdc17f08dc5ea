import { describe, expect, it } from 'vitest';
import { countryCodeOf, dotRadius, placeEntities } from './places.js';

const centroids = new Map([['IR', { lon: 54, lat: 32 }], ['RU', { lon: 96, lat: 61 }]]);

describe('placeEntities', () => {
  it('uses coordinates when given, country centroids for countries, and lists the rest', () => {
    const { placed, unplaced } = placeEntities(
      [
        { id: 'place:112931', name: 'Tehran', type: 'place', lat: 35.69, lon: 51.42, country: 'IR' },
        { id: 'place:RU', name: 'Russia', type: 'place', weight: 3 },
        { id: 'place:f697d093040f', name: 'Nagorno-Karabakh', type: 'place' },
        { id: 'person:1', name: 'Hassan Rouhani', type: 'person' },
      ],
      centroids,
    );
    expect(placed.map((place) => [place.id, place.lon, place.lat, place.country, place.approximate])).toEqual([
      ['place:RU', 96, 61, 'RU', false],
      ['place:112931', 51.42, 35.69, 'IR', false],
    ]);
    expect(unplaced.map((place) => place.name)).toEqual(['Nagorno-Karabakh']);
  });

  it('puts a place without coordinates but with a known country at that country, marked approximate', () => {
    const { placed, unplaced } = placeEntities([{ id: 'place:587084', name: 'Baku', type: 'place', country: 'RU' }], centroids);
    expect(unplaced).toEqual([]);
    expect(placed.map((place) => [place.lon, place.lat, place.approximate])).toEqual([[96, 61, true]]);
  });

  it('adds up the weight of a place listed by several stories', () => {
    const { placed } = placeEntities(
      [
        { id: 'place:IR', name: 'Iran', type: 'place', weight: 1 },
        { id: 'place:IR', name: 'Iran', type: 'place', weight: 1 },
      ],
      centroids,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]!.weight).toBe(2);
  });
});

describe('countryCodeOf and dotRadius', () => {
  it('recognises country entities by their ISO code id', () => {
    expect(countryCodeOf({ id: 'place:AM', name: 'Armenia', type: 'place' })).toBe('AM');
    expect(countryCodeOf({ id: 'place:AM-ER', name: 'Yerevan', type: 'place' })).toBeNull();
  });

  it('grows dots with weight within bounds', () => {
    expect(dotRadius(1, 4)).toBeLessThan(dotRadius(4, 4));
    expect(dotRadius(4, 4)).toBe(9);
    expect(dotRadius(0, 0)).toBe(4);
  });
});
