import { Button, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  crmComparisons,
  crmConnectives,
  type CrmFilterLevel,
  type CrmFilterProblem,
} from '../../../../../shared/domain/crm-filter';
import {
  addCondition,
  addLevel,
  changeLine,
  comparisonWord,
  connectiveWord,
  pathLabel,
  type CrmFilterLine,
  type LinePath,
} from './crm-filter-tree';

interface LevelProps {
  top: CrmFilterLevel;
  level: CrmFilterLevel;
  path: LinePath;
  problems: readonly CrmFilterProblem[];
  defaultField: string;
  onChange(top: CrmFilterLevel): void;
}

/** One level of the filter: its lines (conditions or sub-levels), and what adds more. */
export function CrmFilterLevelView(props: LevelProps) {
  const { t } = useTranslation('workflows');
  const { top, level, path, problems, onChange } = props;
  const at = pathLabel(path);
  const isTop = path.length === 0;
  const levelProblems = problems.filter((p) => p.at === (pathLabel(path) || 'top'));
  return (
    <div
      className={`workflow-filter-level${levelProblems.length > 0 ? ' workflow-filter-invalid' : ''}`}
      role="group"
      aria-label={isTop ? t('filter.topGroup') : t('filter.levelGroup', { at })}
    >
      {level.lines.map((line, index) => (
        <FilterLine key={index} {...props} line={line} index={index} />
      ))}
      <div className="workflow-filter-adds">
        <Button
          icon="add"
          size="small"
          text={t('filter.addCondition')}
          aria-label={isTop ? t('filter.addConditionTop') : t('filter.addConditionTo', { at })}
          onClick={() => onChange(addCondition(top, path, props.defaultField))}
        />
        <Button
          icon="add-row-bottom"
          size="small"
          text={t('filter.addLevel')}
          aria-label={isTop ? t('filter.addLevelTop') : t('filter.addLevelTo', { at })}
          onClick={() => onChange(addLevel(top, path))}
        />
      </div>
    </div>
  );
}

function FilterLine(props: LevelProps & { line: CrmFilterLine; index: number }) {
  const { t } = useTranslation('workflows');
  const { top, line, index, path, problems, onChange } = props;
  const here = [...path, index];
  const at = pathLabel(here);
  const set = (change: (l: CrmFilterLine) => CrmFilterLine | null) =>
    onChange(changeLine(top, here, change));
  const invalid = problems.some((p) => p.at === at);
  return (
    <div
      className={`workflow-filter-line${invalid ? ' workflow-filter-invalid' : ''}`}
      data-line={at}
    >
      <span className="workflow-filter-at">{at}</span>
      {index > 0 ? (
        <HTMLSelect
          aria-label={t('filter.join', { at })}
          value={line.connective}
          onChange={(e) => {
            const connective = crmConnectives.find((c) => c === e.currentTarget.value);
            if (connective) set((l) => ({ ...l, connective }));
          }}
          options={crmConnectives.map((c) => ({ value: c, label: connectiveWord(c) }))}
        />
      ) : (
        <span className="workflow-filter-join-spacer" />
      )}
      {line.node.kind === 'level' ? (
        <CrmFilterLevelView {...props} level={line.node} path={here} />
      ) : (
        <ConditionInputs at={at} line={line} condition={line.node} set={set} />
      )}
      <Button
        icon="cross"
        variant="minimal"
        aria-label={t('filter.remove', { at })}
        onClick={() => set(() => null)}
      />
    </div>
  );
}

type Condition = Extract<CrmFilterLine['node'], { kind: 'condition' }>;

function ConditionInputs({
  at,
  line,
  condition,
  set,
}: {
  at: string;
  line: CrmFilterLine;
  condition: Condition;
  set(change: (l: CrmFilterLine) => CrmFilterLine): void;
}) {
  const { t } = useTranslation('workflows');
  const put = (node: Condition) => set(() => ({ ...line, node }));
  const takesValue = condition.operator !== 'isEmpty' && condition.operator !== 'isNotEmpty';
  return (
    <>
      <InputGroup
        aria-label={t('filter.expression', { at })}
        list="workflow-crm-fields"
        value={condition.left}
        onValueChange={(left) => put({ ...condition, left })}
        spellCheck={false}
      />
      <HTMLSelect
        aria-label={t('filter.operator', { at })}
        value={condition.operator}
        onChange={(e) => {
          const operator = crmComparisons.find((c) => c === e.currentTarget.value);
          if (operator) put({ ...condition, operator });
        }}
        options={crmComparisons.map((c) => ({ value: c, label: comparisonWord(c) }))}
      />
      {takesValue && (
        <InputGroup
          aria-label={t('filter.value', { at })}
          value={condition.right ?? ''}
          onValueChange={(right) => put({ ...condition, right })}
          spellCheck={false}
        />
      )}
    </>
  );
}
