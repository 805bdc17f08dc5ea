import { describe, expect, it } from 'vitest';
import { findUrlDate } from './url-date.js';

describe('findUrlDate', () => {
  it.each([
    ['https://news.example/2020/10/10/story.html', '2020-10-10'],
    ['https://news.example/politics/2020/1/5/story', '2020-01-05'],
    ['https://news.example/2020-10-10-story', '2020-10-10'],
    ['https://news.example/archive/20201010/story.html', '2020-10-10'],
    ['https://blog.example/2019/12/09/opinion/', '2019-12-09'],
  ])('reads %s', (url, day) => {
    expect(findUrlDate(url)).toEqual({ value: day, precision: 'day', method: 'url' });
  });

  it.each([
    'https://news.example/2020/10/story.html',
    'https://news.example/article/1136087.mietenstreik.html',
    'https://news.example/2020/13/45/story',
    'https://shop.example/item/1234567890',
  ])('declines %s', (url) => {
    expect(findUrlDate(url)).toBeNull();
  });
});
