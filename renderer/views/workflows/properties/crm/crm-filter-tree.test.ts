import { describe, expect, it } from 'vitest';
import {
  addCondition,
  addLevel,
  asTopLevel,
  changeLine,
  describeCrmFilter,
  fromTopLevel,
} from './crm-filter-tree';

describe('CRM filter tree', () => {
  it('builds levels of lines and describes them on one line', () => {
    let top = asTopLevel(null);
    top = addCondition(top, [], 'Amount');
    top = changeLine(top, [0], (l) =>
      l.node.kind === 'condition' ? { ...l, node: { ...l.node, operator: '>', right: '100' } } : l,
    );
    top = addLevel(top, []);
    top = addCondition(top, [1], 'Email');
    top = addCondition(top, [1], 'Phone');
    top = changeLine(top, [1, 1], (l) => ({ ...l, connective: 'or' }));
    top = changeLine(top, [1, 0], (l) =>
      l.node.kind === 'condition' ? { ...l, node: { ...l.node, operator: 'isNotEmpty' } } : l,
    );
    expect(describeCrmFilter(fromTopLevel(top))).toBe(
      'Amount > 100 AND (Email is not empty OR Phone = ?)',
    );
    top = changeLine(top, [1, 1], () => null);
    expect(describeCrmFilter(top)).toBe('Amount > 100 AND (Email is not empty)');
  });

  it('keeps nothing for an empty filter and wraps a bare condition', () => {
    expect(fromTopLevel(asTopLevel(null))).toBeNull();
    expect(describeCrmFilter(null)).toBe('No filter: every record of the remote object.');
    const top = asTopLevel({ kind: 'condition', left: 'Name', operator: 'isEmpty' });
    expect(top.lines).toHaveLength(1);
  });
});
