import { z } from 'zod';
import type { EmulatorResponse, Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { apiError, json, noContent, notFound, parseJsonBody } from '../responses';
import type { FieldSpec } from '../schema/field-spec';
import { attributes, renderValue } from '../soql/render';
import { runWriteBatch, type WriteOperation, type WriteResult } from '../writes/write-batch';
import { dataRoute, type ApiCall } from './guard';

const recordBody = z.record(z.string(), z.unknown());

/** The single-record resources: retrieve, create, update, upsert by external id, delete. */
export function recordRoutes(ctx: SalesforceContext): Route[] {
  function one(operation: WriteOperation, call: ApiCall): WriteResult {
    const [result] = runWriteBatch(ctx.org, [operation], {
      allOrNone: true,
      userId: call.session.userId,
      now: ctx.now(),
    });
    return result as WriteResult;
  }

  /** A failed single-record call answers 400 with the REST error list (`errorCode`, not `statusCode`). */
  function failed(result: WriteResult, status = 400): EmulatorResponse {
    return json(
      status,
      result.errors.map((error) => ({
        message: error.message,
        errorCode: error.statusCode,
        fields: error.fields,
      })),
    );
  }

  function bodyOf(
    buffer: Buffer,
  ): { ok: true; body: Record<string, unknown> } | { ok: false; response: EmulatorResponse } {
    const parsed = parseJsonBody(buffer);
    if (!parsed.ok) return parsed;
    const body = recordBody.safeParse(parsed.value);
    return body.success
      ? { ok: true, body: body.data }
      : {
          ok: false,
          response: apiError(400, 'JSON_PARSER_ERROR', 'The request body must be a JSON object'),
        };
  }

  return [
    dataRoute(ctx, 'retrieve', 'GET', '/sobjects/:object/:id', (req, { version }) => {
      const store = ctx.org.store(req.params.object ?? '');
      const ref = store?.refOf(req.params.id ?? '');
      if (!store || ref === null || ref === undefined || store.isDeleted(ref)) return notFound();
      const wanted = req.url.searchParams.get('fields');
      const names = wanted ? wanted.split(',').map((name) => name.trim()) : null;
      const unknown = names?.find((name) => !store.field(name));
      if (unknown !== undefined)
        return apiError(
          400,
          'INVALID_FIELD',
          `No such column '${unknown}' on sobject of type ${store.name}`,
        );
      const fields = names
        ? names.map((name) => store.field(name) as FieldSpec)
        : store.spec.fields;
      const reader = store.reader().at(ref);
      const record: Record<string, unknown> = {
        attributes: attributes(store, store.idOf(ref), version),
      };
      for (const field of fields) record[field.name] = renderValue(field, reader);
      return json(200, record);
    }),
    dataRoute(ctx, 'create', 'POST', '/sobjects/:object', (req, call) => {
      const parsed = bodyOf(req.body);
      if (!parsed.ok) return parsed.response;
      const body = parsed.body;
      const result = one({ kind: 'create', objectName: req.params.object, body }, call);
      return result.success
        ? json(201, { id: result.id, success: true, errors: [] })
        : failed(result);
    }),
    dataRoute(ctx, 'update', 'PATCH', '/sobjects/:object/:id', (req, call) => {
      const parsed = bodyOf(req.body);
      if (!parsed.ok) return parsed.response;
      const body = parsed.body;
      const operation: WriteOperation = {
        kind: 'update',
        objectName: req.params.object,
        body: { ...body, Id: req.params.id },
      };
      const result = one(operation, call);
      return result.success ? noContent() : failed(result);
    }),
    dataRoute(ctx, 'upsert', 'PATCH', '/sobjects/:object/:field/:value', (req, call) => {
      const store = ctx.org.store(req.params.object ?? '');
      const field = store?.field(req.params.field ?? '');
      if (!store || !field?.externalId) return notFound();
      const parsed = bodyOf(req.body);
      if (!parsed.ok) return parsed.response;
      const body = parsed.body;
      const result = one(
        {
          kind: 'upsert',
          objectName: store.name,
          externalIdField: field.name,
          body: { ...body, [field.name]: req.params.value },
        },
        call,
      );
      if (!result.success) return failed(result);
      return json(result.created ? 201 : 200, result);
    }),
    dataRoute(ctx, 'destroy', 'DELETE', '/sobjects/:object/:id', (req, call) => {
      const result = one({ kind: 'delete', id: req.params.id ?? '' }, call);
      return result.success ? noContent() : failed(result, 404);
    }),
  ];
}
