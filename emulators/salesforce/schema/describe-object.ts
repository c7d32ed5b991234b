import { describeField } from './describe-field';
import { isCustomName } from './field-spec';
import type { SObjectSpec } from './object-spec';

const mergeableObjects = new Set(['Account', 'Contact', 'Lead']);
/** Reference fields that every object has and that no child relationship is listed for. */
const auditReferences = new Set(['CreatedById', 'LastModifiedById', 'OwnerId', 'MasterRecordId']);

function flags(spec: SObjectSpec) {
  const custom = isCustomName(spec.name);
  return {
    activateable: false,
    createable: true,
    custom,
    customSetting: false,
    deepCloneable: false,
    deletable: true,
    deprecatedAndHidden: false,
    feedEnabled: !custom,
    hasSubtypes: false,
    isInterface: false,
    isSubtype: false,
    layoutable: true,
    mergeable: mergeableObjects.has(spec.name),
    mruEnabled: true,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: true,
    triggerable: true,
    undeletable: true,
    updateable: true,
    ...spec.flags,
  };
}

function urls(spec: SObjectSpec, version: string): Record<string, string> {
  const base = `/services/data/v${version}/sobjects/${spec.name}`;
  return {
    rowTemplate: `${base}/{ID}`,
    defaultValues: `${base}/defaultValues?recordTypeId&fields`,
    describe: `${base}/describe`,
    sobject: base,
  };
}

/** One entry of describeGlobal's `sobjects`. */
export function describeGlobalEntry(spec: SObjectSpec, version: string): Record<string, unknown> {
  const f = flags(spec);
  return {
    activateable: f.activateable,
    associateEntityType: null,
    associateParentEntity: null,
    createable: f.createable,
    custom: f.custom,
    customSetting: f.customSetting,
    deepCloneable: f.deepCloneable,
    deletable: f.deletable,
    deprecatedAndHidden: f.deprecatedAndHidden,
    feedEnabled: f.feedEnabled,
    hasSubtypes: f.hasSubtypes,
    isInterface: f.isInterface,
    isSubtype: f.isSubtype,
    keyPrefix: spec.keyPrefix,
    label: spec.label,
    labelPlural: spec.labelPlural,
    layoutable: f.layoutable,
    mergeable: f.mergeable,
    mruEnabled: f.mruEnabled,
    name: spec.name,
    queryable: f.queryable,
    replicateable: f.replicateable,
    retrieveable: f.retrieveable,
    searchable: f.searchable,
    triggerable: f.triggerable,
    undeletable: f.undeletable,
    updateable: f.updateable,
    urls: urls(spec, version),
  };
}

function childRelationships(spec: SObjectSpec, all: readonly SObjectSpec[]) {
  return all.flatMap((child) =>
    child.fields
      .filter((field) => field.referenceTo?.includes(spec.name) && !auditReferences.has(field.name))
      .map((field) => {
        const plural = child.labelPlural.replace(/[^A-Za-z0-9]/g, '');
        return {
          cascadeDelete: field.cascadeDelete ?? false,
          childSObject: child.name,
          deprecatedAndHidden: false,
          field: field.name,
          junctionIdListNames: [],
          junctionReferenceTo: [],
          relationshipName: isCustomName(field.name)
            ? `${plural}__r`
            : field.name === 'ParentId'
              ? `Child${plural}`
              : plural,
          restrictedDelete: false,
        };
      }),
  );
}

/** The full describe of one object. */
export function describeObject(
  spec: SObjectSpec,
  all: readonly SObjectSpec[],
  version: string,
): Record<string, unknown> {
  const global = describeGlobalEntry(spec, version);
  return {
    actionOverrides: [],
    activateable: global.activateable,
    associateEntityType: null,
    associateParentEntity: null,
    childRelationships: childRelationships(spec, all),
    compactLayoutable: true,
    createable: global.createable,
    custom: global.custom,
    customSetting: false,
    deepCloneable: false,
    defaultImplementation: null,
    deletable: global.deletable,
    deprecatedAndHidden: false,
    extendedBy: null,
    extendsInterfaces: null,
    feedEnabled: global.feedEnabled,
    fields: spec.fields.map(describeField),
    hasSubtypes: false,
    implementedBy: null,
    implementsInterfaces: null,
    isInterface: false,
    isSubtype: false,
    keyPrefix: spec.keyPrefix,
    label: spec.label,
    labelPlural: spec.labelPlural,
    layoutable: true,
    listviewable: null,
    lookupLayoutable: null,
    mergeable: global.mergeable,
    mruEnabled: global.mruEnabled,
    name: spec.name,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    queryable: global.queryable,
    recordTypeInfos: [
      {
        active: true,
        available: true,
        defaultRecordTypeMapping: true,
        developerName: 'Master',
        master: true,
        name: 'Master',
        recordTypeId: '012000000000000AAA',
        urls: {
          layout: `/services/data/v${version}/sobjects/${spec.name}/describe/layouts/012000000000000AAA`,
        },
      },
    ],
    replicateable: global.replicateable,
    retrieveable: global.retrieveable,
    searchLayoutable: true,
    searchable: global.searchable,
    sobjectDescribeOption: 'FULL',
    supportedScopes: [
      { label: 'All records', name: 'everything' },
      { label: 'My records', name: 'mine' },
    ],
    triggerable: global.triggerable,
    undeletable: global.undeletable,
    updateable: global.updateable,
    urls: global.urls,
  };
}
