import { describe, expect, it } from 'vitest';
import { readPage } from './client.js';
import { apiUrl, errorMessage } from './http.js';

describe('apiUrl', () => {
  it('builds /api URLs without empty parameters', () => {
    expect(apiUrl('/stories', { sort: 'size', language: '', limit: 20, entity: undefined })).toBe('/api/stories?sort=size&limit=20');
  });
});

describe('errorMessage', () => {
  it("prefers the API's own message and names the field", () => {
    expect(errorMessage({ error: { code: 'bad_request', field: 'limit', message: 'must be a number' } }, 400)).toBe('limit: must be a number');
    expect(errorMessage({ error: 'token missing' }, 401)).toBe('token missing');
    expect(errorMessage(null, 502)).toBe('the server answered 502');
  });
});

describe('readPage', () => {
  it('reads the list under the key the endpoint uses', () => {
    expect(readPage({ total: 17, offset: 0, stories: [{ id: 's1' }] }, ['stories'])).toEqual({ total: 17, hasMore: true, items: [{ id: 's1' }] });
    expect(readPage({ total: 2, items: [1, 2] }, ['stories'])).toEqual({ total: 2, hasMore: false, items: [1, 2] });
    expect(readPage(null, ['stories'])).toEqual({ total: 0, hasMore: false, items: [] });
  });

  it('uses hasMore when the endpoint gives no total', () => {
    expect(readPage({ offset: 50, limit: 50, hasMore: true, entities: [{ id: 'place:RU' }] }, ['entities'])).toEqual({ total: null, hasMore: true, items: [{ id: 'place:RU' }] });
  });
});
