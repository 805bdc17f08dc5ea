import { describe, expect, it } from 'vitest';
import { figuresOf } from './numbers.js';

describe('figuresOf', () => {
  it('keeps decimals and figures, unifies separators, and drops years and one-digit numbers', () => {
    expect(figuresOf('Quake of 7.3 kills 14 in 2020, 1,200 hurt')).toEqual(new Set(['7.3', '14', '1200']));
  });

  it('reads a decimal comma and the Arabic decimal separator as a decimal point', () => {
    expect(figuresOf('magnitude 6,1')).toEqual(new Set(['6.1']));
    expect(figuresOf('زلزال بقوة ٦٫١ درجة')).toEqual(new Set(['6.1']));
  });

  it('reads group separators as thousands', () => {
    expect(figuresOf('1,200 people')).toEqual(new Set(['1200']));
    expect(figuresOf('1.200 Menschen')).toEqual(new Set(['1200']));
    expect(figuresOf('2,300,000 voters')).toEqual(new Set(['2300000']));
    expect(figuresOf('٢٠ قتيلا')).toEqual(new Set(['20']));
  });

  it('drops years (19xx, 20xx) and one-digit numbers but keeps other four-digit figures', () => {
    expect(figuresOf('In 1999 and 2024 some 5 of 9 said 3')).toEqual(new Set());
    expect(figuresOf('1800 troops and 2150 tanks')).toEqual(new Set(['1800', '2150']));
  });

  it('finds nothing in text without figures', () => {
    expect(figuresOf('No figures here')).toEqual(new Set());
  });

  it('drops leading zeros before deciding a figure is one digit', () => {
    expect([...figuresOf('at 04:27 local time, agent 007')].sort()).toEqual(['27']);
  });
});
