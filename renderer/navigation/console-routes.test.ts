import { describe, expect, it } from 'vitest';
import { homeRoute, parseRoute, routePath, sameWizard, type ConsoleRoute } from './console-routes';

describe('console routes', () => {
  it('writes and reads back a node, a record, a workflow and a wizard step', () => {
    const routes: ConsoleRoute[] = [
      { node: 'options', item: null, wizard: null },
      { node: 'options', item: 'NmsCrm_LastImport/2', wizard: null },
      { node: 'workflows', item: 'wkf import', wizard: null },
      { node: 'external-accounts', item: 'demoSalesforce', wizard: 'select-tables' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
    expect(routePath(routes[1] as ConsoleRoute)).toBe('/options/NmsCrm_LastImport%2F2');
  });

  it('reads the empty address as the home view', () => {
    expect(parseRoute('/')).toEqual(homeRoute);
    expect(parseRoute('')).toEqual(homeRoute);
  });

  it('refuses what names nothing the console shows', () => {
    for (const path of [
      '/nowhere',
      '/recipients/42',
      '/options/a/wizard/tables-list',
      '/external-accounts/a/wizard/step-9',
      '/external-accounts/a/steps/tables-list',
      '/workflows/%E0%A4%A',
      '/workflows/a/b/c/d/e',
      '/external-accounts/a/wizard/tables-list/more',
    ])
      expect(parseRoute(path), path).toBeNull();
  });

  it('tells a step of the same wizard from another place', () => {
    const at = (wizard: ConsoleRoute['wizard'], item = 'a'): ConsoleRoute => ({
      node: 'external-accounts',
      item,
      wizard,
    });
    expect(sameWizard(at('tables-list'), at('create-schema'))).toBe(true);
    expect(sameWizard(at('tables-list'), at('tables-list', 'b'))).toBe(false);
    expect(sameWizard(at(null), at('tables-list'))).toBe(false);
  });
});
