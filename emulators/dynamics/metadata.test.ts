import type { DynamicsWebApi } from 'dynamics-web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';

let f: DynamicsFixture;
let api: DynamicsWebApi;
beforeAll(async () => {
  f = await openDynamics({ records: 20 });
  api = f.webApi();
});
afterAll(() => f.dispose());

interface Labelled {
  UserLocalizedLabel: { Label: string; LanguageCode: number };
}
interface OptionSetJson {
  Name: string;
  IsGlobal: boolean;
  OptionSetType: string;
  Options: { Value: number; State?: number; Label: Labelled }[];
}

describe('metadata (dynamics-web-api)', () => {
  it('lists the entities with the properties asked for', async () => {
    const entities = await api.retrieveEntities<Record<string, unknown>>({
      select: ['LogicalName', 'EntitySetName', 'PrimaryIdAttribute', 'DisplayName'],
    });
    const byName = new Map(entities.value.map((entity) => [entity.LogicalName, entity]));
    expect([...byName.keys()].sort()).toEqual([
      'account',
      'contact',
      'lead',
      'new_loyalty',
      'opportunity',
      'systemuser',
    ]);
    expect(byName.get('new_loyalty')).toMatchObject({
      EntitySetName: 'new_loyalties',
      PrimaryIdAttribute: 'new_loyaltyid',
    });
    expect(byName.get('contact')).not.toHaveProperty('ObjectTypeCode');
    const custom = await api.retrieveEntities<{ LogicalName: string }>({
      select: ['LogicalName'],
      filter: 'IsCustomEntity eq true',
    });
    expect(custom.value.map((entity) => entity.LogicalName)).toEqual(['new_loyalty']);
  });

  it('describes attributes with their types, required level and validity', async () => {
    const attributes = await api.retrieveAttributes<Record<string, unknown>>({
      entityKey: "LogicalName='new_loyalty'",
      select: [
        'LogicalName',
        'AttributeType',
        'AttributeTypeName',
        'RequiredLevel',
        'IsValidForCreate',
      ],
    });
    const byName = new Map(attributes.value.map((attribute) => [attribute.LogicalName, attribute]));
    expect(byName.get('new_name')).toMatchObject({
      AttributeType: 'String',
      RequiredLevel: { Value: 'ApplicationRequired' },
    });
    const strings = await api.retrieveAttributes<{ LogicalName: string; MaxLength: number }>({
      entityKey: "LogicalName='new_loyalty'",
      castType: 'Microsoft.Dynamics.CRM.StringAttributeMetadata',
      select: ['LogicalName', 'MaxLength'],
    });
    expect(strings.value.find((attribute) => attribute.LogicalName === 'new_name')?.MaxLength).toBe(
      100,
    );
    expect(byName.get('new_programs')).toMatchObject({
      AttributeType: 'Virtual',
      AttributeTypeName: { Value: 'MultiSelectPicklistType' },
    });
    expect(byName.get('new_balance')?.AttributeType).toBe('Money');
    expect(byName.get('new_customerid')?.AttributeType).toBe('Customer');
    expect(byName.get('new_participants')?.AttributeType).toBe('PartyList');
    expect(byName.get('createdon')?.IsValidForCreate).toBe(false);
  });

  it('expands local and global option sets on the typed casts', async () => {
    const picklists = await api.retrieveAttributes<{
      LogicalName: string;
      OptionSet: OptionSetJson;
      GlobalOptionSet: OptionSetJson | null;
    }>({
      entityKey: "LogicalName='account'",
      castType: 'Microsoft.Dynamics.CRM.PicklistAttributeMetadata',
      select: ['LogicalName'],
      expand: [{ property: 'OptionSet' }, { property: 'GlobalOptionSet' }],
    });
    const region = picklists.value.find((attribute) => attribute.LogicalName === 'new_region');
    expect(region?.GlobalOptionSet).toMatchObject({ Name: 'new_region', IsGlobal: true });
    const industry = picklists.value.find((attribute) => attribute.LogicalName === 'industrycode');
    expect(industry?.GlobalOptionSet).toBeNull();
    expect(industry?.OptionSet.Options[0]?.Label.UserLocalizedLabel).toEqual(
      expect.objectContaining({ Label: 'Accounting', LanguageCode: 1033 }),
    );
    const statuses = await api.retrieveAttributes<{ OptionSet: OptionSetJson }>({
      entityKey: "LogicalName='opportunity'",
      castType: 'Microsoft.Dynamics.CRM.StatusAttributeMetadata',
      select: ['LogicalName'],
      expand: [{ property: 'OptionSet' }],
    });
    expect(statuses.value[0]?.OptionSet.Options.map((option) => option.State)).toEqual([
      0, 0, 1, 2, 2,
    ]);
    const multi = await api.retrieveAttributes<{ LogicalName: string }>({
      entityKey: "LogicalName='new_loyalty'",
      castType: 'Microsoft.Dynamics.CRM.MultiSelectPicklistAttributeMetadata',
      select: ['LogicalName'],
    });
    expect(multi.value.map((attribute) => attribute.LogicalName)).toEqual(['new_programs']);
    const booleans = await api.retrieveAttributes<{
      LogicalName: string;
      OptionSet: { TrueOption: { Label: Labelled } };
    }>({
      entityKey: "LogicalName='contact'",
      castType: 'Microsoft.Dynamics.CRM.BooleanAttributeMetadata',
      select: ['LogicalName'],
      expand: [{ property: 'OptionSet' }],
    });
    expect(booleans.value[0]?.OptionSet.TrueOption.Label.UserLocalizedLabel.Label).toBe('Yes');
    const globals = await api.retrieveGlobalOptionSets<OptionSetJson>();
    expect(globals.value.map((set) => set.Name)).toEqual(['new_region']);
  });

  it('lists alternate keys and refuses what the metadata lacks', async () => {
    const token = await f.userToken();
    const keys = await apiRequest(f.dyn, 'GET', "/EntityDefinitions(LogicalName='contact')/Keys", {
      token,
    });
    expect(keys.body).toMatchObject({ value: [{ KeyAttributes: ['new_externalid'] }] });
    const noEntity = await apiRequest(f.dyn, 'GET', "/EntityDefinitions(LogicalName='nothing')", {
      token,
    });
    expect(noEntity.status).toBe(404);
    const badExpand = await apiRequest(
      f.dyn,
      'GET',
      "/EntityDefinitions(LogicalName='contact')/Attributes?$expand=OptionSet",
      { token },
    );
    expect(badExpand.body).toEqual({
      error: {
        code: '0x80060888',
        message:
          "Could not find a property named 'OptionSet' on type 'Microsoft.Dynamics.CRM.AttributeMetadata'.",
      },
    });
  });
});
