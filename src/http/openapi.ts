/**
 * The OpenAPI 3.1 document, generated from the route declarations: the query
 * and path parameters from the same zod schemas requests are validated with.
 */
import { z } from 'zod';
import type { ApiRoute } from './define-route.js';

export const OPENAPI_PATH = '/api/openapi.json';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Parameters of one location, from a zod object's fields; a field is required when it cannot be left out. */
function parameters(schema: z.ZodType | undefined, location: 'query' | 'path'): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...fieldSchema } = jsonSchema(field);
    return { name, in: location, required: location === 'path' || !field.safeParse(undefined).success, ...(description ? { description } : {}), schema: fieldSchema };
  });
}

const ERROR_RESPONSE = { description: 'an error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function operation(route: ApiRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, description] of Object.entries(route.responses)) {
    responses[status] = Number(status) < 400 ? { description, content: { 'application/json': { schema: { type: 'object' } } } } : { ...ERROR_RESPONSE, description };
  }
  if (route.query || route.params) responses['400'] ??= { ...ERROR_RESPONSE, description: 'a parameter is malformed or unknown (the error names it)' };
  return {
    operationId: `${route.method}${route.path.replace(/\/:?(\w)/gu, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/gu, '')}`,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.requestBody ? { requestBody: route.requestBody } : {}),
    ...(route.write ? { security: [{ bearerToken: [] }] } : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly ApiRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = `/api${route.path.replace(/:(\w+)/gu, '{$1}')}`;
    (paths[path] ??= {})[route.method] = operation(route);
  }
  paths[OPENAPI_PATH] = { get: { operationId: 'getOpenApi', tags: ['meta'], summary: 'This document', responses: { 200: { description: 'the OpenAPI 3.1 document' } } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsloom API',
      version,
      description:
        'Stories, articles, entities, search and ingestion over one newsloom store. Reading is open; writes need the operator\'s bearer token. ' +
        'Errors are `{ error: { status, code, message, field? } }`. Lists take `limit` and `offset` and report their total.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'the token the server was started with (--token or NEWSLOOM_TOKEN)' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'code', 'message'],
              properties: {
                status: { type: 'integer' },
                code: { type: 'string', description: 'stable error code, e.g. BAD_ARGUMENT, NOT_FOUND, UNAUTHORIZED' },
                message: { type: 'string', description: 'what is wrong, naming the input' },
                field: { type: 'string', description: 'the parameter or field at fault' },
              },
            },
          },
        },
      },
    },
  };
}
