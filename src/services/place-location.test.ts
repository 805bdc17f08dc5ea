import { describe, expect, it } from 'vitest';
import { placeLocation, withLocation } from './place-location.js';

describe('placeLocation', () => {
  it('gives gazetteer coordinates and the country of a city or country entity', () => {
    const tehran = placeLocation('place:112931');
    expect(tehran?.country).toBe('IR');
    expect(tehran?.lat).toBeCloseTo(35.69, 1);
    expect(tehran?.lon).toBeCloseTo(51.42, 1);
    expect(placeLocation('place:RU')?.country).toBe('RU');
  });
  it('keeps the country of a region without a point, and is null for people and unknown places', () => {
    expect(placeLocation('place:IR-07')).toEqual({ lat: null, lon: null, country: 'IR' });
    expect(placeLocation('person:rouhani')).toBeNull();
    expect(placeLocation('place:nowhere-at-all')).toBeNull();
    expect(withLocation({ id: 'person:rouhani', name: 'Hassan Rouhani' })).toEqual({ id: 'person:rouhani', name: 'Hassan Rouhani' });
  });
});
