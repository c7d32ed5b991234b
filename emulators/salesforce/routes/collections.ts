import { z } from 'zod';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { apiError, json, notFound, parseJsonBody } from '../responses';
import { runWriteBatch, type WriteOperation } from '../writes/write-batch';
import { dataRoute, type ApiCall } from './guard';

/** sObject Collections take at most 200 records (or ids) per call. */
export const maxCollectionSize = 200;

const collectionRecord = z.looseObject({
  attributes: z.looseObject({ type: z.string().optional() }).optional(),
});
const collectionBody = z.object({
  allOrNone: z.boolean().optional(),
  records: z.array(collectionRecord),
});

type CollectionBody = z.infer<typeof collectionBody>;

function readCollection(req: EmulatorRequest): CollectionBody | EmulatorResponse {
  const parsed = parseJsonBody(req.body);
  if (!parsed.ok) return parsed.response;
  const body = collectionBody.safeParse(parsed.value);
  if (!body.success)
    return apiError(
      400,
      'JSON_PARSER_ERROR',
      `The request body is not an sObject collection: ${body.error.issues[0]?.message ?? ''}`,
    );
  if (body.data.records.length > maxCollectionSize)
    return apiError(
      400,
      'EXCEEDED_ID_LIMIT',
      `Record limit exceeded: a collection holds at most ${maxCollectionSize} records`,
    );
  return body.data;
}

/** Create, update, upsert and delete through `/composite/sobjects`: HTTP 200 with one result per record. */
export function collectionRoutes(ctx: SalesforceContext): Route[] {
  const options = (allOrNone: boolean | undefined, call: ApiCall) => ({
    allOrNone: allOrNone === true,
    userId: call.session.userId,
    now: ctx.now(),
  });
  const write = (
    req: EmulatorRequest,
    call: ApiCall,
    toOperation: (record: CollectionBody['records'][number]) => WriteOperation,
  ): EmulatorResponse => {
    const body = readCollection(req);
    if ('status' in body) return body;
    return {
      ...json(
        200,
        runWriteBatch(ctx.org, body.records.map(toOperation), options(body.allOrNone, call)),
      ),
      records: body.records.length,
    };
  };

  return [
    dataRoute(ctx, 'collectionsCreate', 'POST', '/composite/sobjects', (req, call) =>
      write(req, call, (record) => ({
        kind: 'create',
        objectName: record.attributes?.type,
        body: record,
      })),
    ),
    dataRoute(ctx, 'collectionsUpdate', 'PATCH', '/composite/sobjects', (req, call) =>
      write(req, call, (record) => ({
        kind: 'update',
        objectName: record.attributes?.type,
        body: record,
      })),
    ),
    dataRoute(
      ctx,
      'collectionsUpsert',
      'PATCH',
      '/composite/sobjects/:object/:field',
      (req, call) => {
        const store = ctx.org.store(req.params.object ?? '');
        if (!store) return notFound();
        const field = store.field(req.params.field ?? '');
        if (!field || !(field.externalId || field.type === 'id'))
          return apiError(
            400,
            'INVALID_FIELD',
            `Field name provided, ${req.params.field ?? ''} is not an External ID or indexed field for ${store.name}`,
          );
        return write(req, call, (record) => ({
          kind: 'upsert',
          objectName: store.name,
          externalIdField: field.name,
          body: record,
        }));
      },
    ),
    dataRoute(ctx, 'collectionsDelete', 'DELETE', '/composite/sobjects', (req, call) => {
      const ids = (req.url.searchParams.get('ids') ?? '').split(',').filter((id) => id !== '');
      if (ids.length === 0) return apiError(400, 'MISSING_ARGUMENT', 'Missing parameter: ids');
      if (ids.length > maxCollectionSize)
        return apiError(
          400,
          'EXCEEDED_ID_LIMIT',
          `ids parameter cannot have more than ${maxCollectionSize} ids`,
        );
      const allOrNone = req.url.searchParams.get('allOrNone') === 'true';
      return {
        ...json(
          200,
          runWriteBatch(
            ctx.org,
            ids.map((id) => ({ kind: 'delete', id })),
            options(allOrNone, call),
          ),
        ),
        records: ids.length,
      };
    }),
  ];
}
