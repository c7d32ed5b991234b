import { describe, expect, it } from 'vitest';
import {
  isNavigationKey,
  navigate,
  pathTo,
  visibleNodes,
  type NavigableNode,
  type NavigationState,
} from './tree-navigation';

const tree: NavigableNode[] = [
  {
    id: 'admin',
    children: [
      { id: 'platform', children: [{ id: 'accounts' }, { id: 'options' }, { id: 'enums' }] },
      { id: 'config', children: [{ id: 'schemas' }] },
    ],
  },
  { id: 'other' },
];

const at = (selectedId: string, expanded: string[] = ['admin']): NavigationState => ({
  selectedId,
  expanded,
});

describe('visibleNodes', () => {
  it('lists only the children of expanded folders, with depth and parent', () => {
    expect(visibleNodes(tree, ['admin']).map((v) => [v.node.id, v.depth, v.parentId])).toEqual([
      ['admin', 0, null],
      ['platform', 1, 'admin'],
      ['config', 1, 'admin'],
      ['other', 0, null],
    ]);
  });

  it('hides a grandchild whose parent is expanded but its grandparent is not', () => {
    expect(visibleNodes(tree, ['platform']).map((v) => v.node.id)).toEqual(['admin', 'other']);
  });
});

describe('navigate', () => {
  it('moves down and up among visible nodes, and stops at both ends', () => {
    expect(navigate(tree, at('admin'), 'ArrowDown').selectedId).toBe('platform');
    expect(navigate(tree, at('platform'), 'ArrowDown').selectedId).toBe('config');
    expect(navigate(tree, at('other'), 'ArrowDown').selectedId).toBe('other');
    expect(navigate(tree, at('config'), 'ArrowUp').selectedId).toBe('platform');
    expect(navigate(tree, at('admin'), 'ArrowUp').selectedId).toBe('admin');
  });

  it('skips the children of collapsed folders', () => {
    expect(navigate(tree, at('platform', ['admin']), 'ArrowDown').selectedId).toBe('config');
    expect(navigate(tree, at('platform', ['admin', 'platform']), 'ArrowDown').selectedId).toBe(
      'accounts',
    );
  });

  it('ArrowRight expands a collapsed folder, then moves to its first child', () => {
    const expanded = navigate(tree, at('platform'), 'ArrowRight');
    expect(expanded).toEqual({ selectedId: 'platform', expanded: ['admin', 'platform'] });
    expect(navigate(tree, expanded, 'ArrowRight').selectedId).toBe('accounts');
  });

  it('ArrowRight on a leaf does nothing', () => {
    const state = at('options', ['admin', 'platform']);
    expect(navigate(tree, state, 'ArrowRight')).toEqual(state);
  });

  it('ArrowLeft collapses an expanded folder, else moves to the parent', () => {
    expect(navigate(tree, at('admin'), 'ArrowLeft')).toEqual({ selectedId: 'admin', expanded: [] });
    expect(navigate(tree, at('options', ['admin', 'platform']), 'ArrowLeft').selectedId).toBe(
      'platform',
    );
    expect(navigate(tree, at('platform'), 'ArrowLeft').selectedId).toBe('admin');
    expect(navigate(tree, at('other'), 'ArrowLeft')).toEqual(at('other'));
  });

  it('Home and End go to the first and last visible node', () => {
    expect(navigate(tree, at('config'), 'Home').selectedId).toBe('admin');
    expect(navigate(tree, at('admin', ['admin', 'config']), 'End').selectedId).toBe('other');
    expect(navigate(tree, at('admin', ['config']), 'End').selectedId).toBe('other');
  });

  it('Enter opens the selected node and expands a folder', () => {
    expect(navigate(tree, at('options', ['admin', 'platform']), 'Enter')).toEqual({
      selectedId: 'options',
      expanded: ['admin', 'platform'],
      openId: 'options',
    });
    expect(navigate(tree, at('config'), 'Enter')).toEqual({
      selectedId: 'config',
      expanded: ['admin', 'config'],
      openId: 'config',
    });
  });

  it('starts from the top when the selection is hidden in a collapsed folder', () => {
    expect(navigate(tree, at('options', []), 'ArrowDown').selectedId).toBe('other');
  });
});

describe('pathTo and isNavigationKey', () => {
  it('finds the ancestors of a node', () => {
    expect(pathTo(tree, 'options')).toEqual(['admin', 'platform', 'options']);
    expect(pathTo(tree, 'missing')).toEqual([]);
  });

  it('knows its keys', () => {
    expect(isNavigationKey('ArrowDown')).toBe(true);
    expect(isNavigationKey('a')).toBe(false);
  });
});
