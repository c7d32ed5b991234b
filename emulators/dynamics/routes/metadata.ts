import type { EmulatorRequest, EmulatorResponse, Route } from '../../framework/http-types';
import { apiBase, type DynamicsContext } from '../context';
import type { EntityStore } from '../data/entity-store';
import { isGuid } from '../data/guids';
import type { AttributeSpec, AttributeType } from '../schema/attribute-spec';
import {
  attributeJson,
  booleanOptionSetJson,
  castNames,
  entityJson,
  hasOptionSet,
  metadataId,
  odataTypeOf,
  optionSetJson,
} from '../schema/metadata-json';
import { globalOptionSets } from '../schema/option-sets';
import { matches, parseFilter } from '../query/filter';
import { ODataError, badOption } from '../query/odata-errors';
import { json, odataError } from '../responses';
import { apiRoute } from './guard';

type Json = Record<string, unknown>;

/** The metadata type a list of properties belongs to, for error messages. */
type MetadataType =
  'EntityMetadata' | 'AttributeMetadata' | 'OptionSetMetadataBase' | 'EntityKeyMetadata';

const unknownMetadataProperty = (type: string, name: string) =>
  badOption(`Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.${type}'.`);

/** A property's value type as `$filter` sees it. */
function typeOfValue(value: unknown): AttributeType {
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Integer';
  return 'String';
}

/**
 * `$select` and `$filter` on metadata documents: `$filter` reuses the entity-set parser with
 * the documents' own properties as columns; complex properties (labels) cannot be filtered.
 */
function shape(
  items: Json[],
  params: URLSearchParams,
  type: MetadataType,
  keep: readonly string[] = [],
): Json[] {
  // The properties of the type asked for: those every item has (MaxLength is a string column's,
  // not AttributeMetadata's, as the service says when selected without the cast).
  const sample = Object.fromEntries(
    Object.entries(items[0] ?? {}).filter(([name]) => items.every((item) => name in item)),
  );
  const filterText = params.get('$filter');
  let result = items;
  if (filterText) {
    const filter = parseFilter((name) => {
      if (!(name in sample)) throw unknownMetadataProperty(type, name);
      const attribute: AttributeSpec = { name, label: name, type: typeOfValue(sample[name]) };
      return { property: name, attribute };
    }, filterText);
    result = result.filter((item) =>
      matches(filter, (name) => {
        const value = item[name];
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : null;
      }),
    );
  }
  const select = params.get('$select');
  if (!select) return result;
  const names = select.split(',').map((name) => name.trim());
  for (const name of names)
    if (!(name in sample) && items.length > 0) throw unknownMetadataProperty(type, name);
  const always = ['@odata.type', 'MetadataId', ...keep];
  return result.map((item) =>
    Object.fromEntries(
      Object.entries(item).filter(([name]) => always.includes(name) || names.includes(name)),
    ),
  );
}

function guarded(handle: () => EmulatorResponse): EmulatorResponse {
  try {
    return handle();
  } catch (error) {
    if (error instanceof ODataError) return odataError(error.status, error.code, error.message);
    throw error;
  }
}

/** `EntityDefinitions`, their `Attributes` (typed casts, option sets) and `Keys`; global option sets. */
export function metadataRoutes(ctx: DynamicsContext): Route[] {
  const context = (fragment: string) => `${ctx.origin()}${apiBase}/$metadata#${fragment}`;

  const entityByKey = (key: string): EntityStore => {
    const m = /^LogicalName='([^']*)'$/.exec(key.trim());
    const store = m
      ? ctx.organization.entity(m[1] as string)
      : isGuid(key)
        ? ctx.organization
            .entities()
            .find((candidate) => metadataId(`entity:${candidate.name}`) === key.toLowerCase())
        : undefined;
    if (!store) {
      if (m || isGuid(key))
        throw new ODataError(
          404,
          '0x80040217',
          `Could not find entity with ${m ? `logical name = ${m[1] as string}` : `id = ${key}`}.`,
        );
      throw badOption(
        `The key '${key}' is not valid for EntityDefinitions; use LogicalName='<name>' or the MetadataId.`,
      );
    }
    return store;
  };

  const attributeList = (
    store: EntityStore,
    cast: string | null,
    params: URLSearchParams,
    only?: AttributeSpec,
  ): Json[] => {
    if (cast !== null && !castNames.has(cast)) throw segmentError(`Microsoft.Dynamics.CRM.${cast}`);
    const attributes = (only ? [only] : store.spec.attributes).filter(
      (attribute) => cast === null || odataTypeOf(attribute) === cast,
    );
    const expand = (params.get('$expand') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    for (const name of expand)
      if (
        cast === null ||
        !hasOptionSet(cast) ||
        (name !== 'OptionSet' && name !== 'GlobalOptionSet')
      )
        throw unknownMetadataProperty(cast ?? 'AttributeMetadata', name);
    const items = attributes.map((attribute) => {
      const item = attributeJson(store.spec, attribute);
      if (expand.includes('OptionSet')) item.OptionSet = optionSetOf(store, attribute);
      if (expand.includes('GlobalOptionSet'))
        item.GlobalOptionSet = attribute.optionSet?.global
          ? optionSetJson(attribute.optionSet, attribute.type)
          : null;
      return item;
    });
    return shape(items, params, 'AttributeMetadata', expand);
  };

  const optionSetOf = (store: EntityStore, attribute: AttributeSpec): Json | null => {
    if (attribute.type === 'Boolean') return booleanOptionSetJson(store.spec, attribute);
    return attribute.optionSet ? optionSetJson(attribute.optionSet, attribute.type) : null;
  };

  const segmentError = (segment: string) =>
    new ODataError(404, '0x8006088a', `Resource not found for the segment '${segment}'.`);

  const castOf = (segment: string | undefined): string | null => {
    if (segment === undefined) return null;
    const m = /^Microsoft\.Dynamics\.CRM\.(\w+)$/.exec(segment);
    if (!m) throw segmentError(segment);
    return m[1] as string;
  };

  const entityDefinitions = (req: EmulatorRequest) =>
    guarded(() =>
      json(200, {
        '@odata.context': context('EntityDefinitions'),
        value: shape(
          ctx.organization.entities().map((store) => entityJson(store.spec)),
          req.url.searchParams,
          'EntityMetadata',
        ),
      }),
    );

  const entityDefinition = (req: EmulatorRequest) =>
    guarded(() => {
      const store = entityByKey(req.params.key ?? '');
      const params = req.url.searchParams;
      const expand = params.get('$expand');
      if (expand !== null && expand.trim() !== 'Attributes')
        throw unknownMetadataProperty('EntityMetadata', expand);
      const [item] = shape([entityJson(store.spec)], params, 'EntityMetadata');
      const body: Json = { '@odata.context': context('EntityDefinitions/$entity'), ...item };
      if (expand !== null) body.Attributes = attributeList(store, null, new URLSearchParams());
      return json(200, body);
    });

  const attributes = (req: EmulatorRequest) =>
    guarded(() => {
      const store = entityByKey(req.params.key ?? '');
      const cast = castOf(req.params.cast);
      return json(200, {
        '@odata.context': context(
          `EntityDefinitions('${store.name}')/Attributes${cast ? `/Microsoft.Dynamics.CRM.${cast}` : ''}`,
        ),
        value: attributeList(store, cast, req.url.searchParams),
      });
    });

  const attribute = (req: EmulatorRequest) =>
    guarded(() => {
      const store = entityByKey(req.params.key ?? '');
      const m = /^LogicalName='([^']*)'$/.exec(req.params.attribute ?? '');
      const found = store.spec.attributes.find((candidate) =>
        m
          ? candidate.name === m[1]
          : metadataId(`attribute:${store.name}.${candidate.name}`) ===
            (req.params.attribute ?? '').toLowerCase(),
      );
      if (!found)
        throw new ODataError(
          404,
          '0x80040217',
          `Could not find attribute ${req.params.attribute ?? ''} on entity ${store.name}.`,
        );
      const cast = castOf(req.params.cast) ?? odataTypeOf(found);
      if (odataTypeOf(found) !== cast)
        throw badOption(
          `The attribute '${found.name}' is not of type 'Microsoft.Dynamics.CRM.${cast}'.`,
        );
      const [item] = attributeList(
        store,
        req.params.cast ? cast : null,
        req.url.searchParams,
        found,
      );
      return json(200, {
        '@odata.context': context(`EntityDefinitions('${store.name}')/Attributes/$entity`),
        ...item,
      });
    });

  const keys = (req: EmulatorRequest) =>
    guarded(() => {
      const store = entityByKey(req.params.key ?? '');
      const items = (store.spec.alternateKeys ?? []).map((key) => ({
        MetadataId: metadataId(`key:${store.name}.${key.name}`),
        LogicalName: key.name,
        SchemaName: key.name,
        EntityLogicalName: store.name,
        KeyAttributes: key.attributes,
        EntityKeyIndexStatus: 'Active',
      }));
      return json(200, {
        '@odata.context': context(`EntityDefinitions('${store.name}')/Keys`),
        value: shape(items, req.url.searchParams, 'EntityKeyMetadata'),
      });
    });

  const globalSets = (req: EmulatorRequest) =>
    guarded(() =>
      json(200, {
        '@odata.context': context('GlobalOptionSetDefinitions'),
        value: shape(
          globalOptionSets.map((set) => ({
            '@odata.type': '#Microsoft.Dynamics.CRM.OptionSetMetadata',
            ...optionSetJson(set, 'Picklist'),
          })),
          req.url.searchParams,
          'OptionSetMetadataBase',
        ),
      }),
    );

  const globalSet = (req: EmulatorRequest) =>
    guarded(() => {
      const key = req.params.key ?? '';
      const m = /^Name='([^']*)'$/.exec(key);
      const set = globalOptionSets.find((candidate) =>
        m
          ? candidate.name === m[1]
          : metadataId(`optionset:${candidate.name}`) === key.toLowerCase(),
      );
      if (!set)
        throw new ODataError(
          404,
          '0x80040217',
          `Could not find optionset with ${m ? `name = ${m[1] as string}` : `id = ${key}`}.`,
        );
      return json(200, {
        '@odata.context': context('GlobalOptionSetDefinitions/$entity'),
        '@odata.type': '#Microsoft.Dynamics.CRM.OptionSetMetadata',
        ...optionSetJson(set, 'Picklist'),
      });
    });

  return [
    apiRoute(ctx, 'entityDefinitions', 'GET', '/EntityDefinitions', entityDefinitions),
    apiRoute(ctx, 'entityDefinitions', 'GET', '/EntityDefinitions(:key)', entityDefinition),
    apiRoute(ctx, 'attributes', 'GET', '/EntityDefinitions(:key)/Attributes', attributes),
    apiRoute(ctx, 'attributes', 'GET', '/EntityDefinitions(:key)/Attributes/:cast', attributes),
    apiRoute(
      ctx,
      'attributes',
      'GET',
      '/EntityDefinitions(:key)/Attributes(:attribute)',
      attribute,
    ),
    apiRoute(
      ctx,
      'attributes',
      'GET',
      '/EntityDefinitions(:key)/Attributes(:attribute)/:cast',
      attribute,
    ),
    apiRoute(ctx, 'entityKeys', 'GET', '/EntityDefinitions(:key)/Keys', keys),
    apiRoute(ctx, 'globalOptionSets', 'GET', '/GlobalOptionSetDefinitions', globalSets),
    apiRoute(ctx, 'globalOptionSets', 'GET', '/GlobalOptionSetDefinitions(:key)', globalSet),
  ];
}
