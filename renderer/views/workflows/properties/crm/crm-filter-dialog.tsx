import { Callout, Classes, Dialog, DialogBody, Spinner } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CrmFilterLevel, CrmFilterNode } from '../../../../../shared/domain/crm-filter';
import { type CrmTableDescription, usableFieldNames } from '../../../../../shared/domain/crm';
import { CancelOkFooter } from '../../../../components/cancel-ok-footer';
import { consoleI18n } from '../../../../i18n/console-i18n';
import { messageText } from '../../../../i18n/message-text';
import { useWorkflowLookups } from '../../../../stores/stores-context';
import { asTopLevel, describeCrmFilter, fromTopLevel } from './crm-filter-tree';
import { CrmFilterLevelView } from './crm-filter-level';

/** Where a broken rule is: the service says "top" for the top level itself, else a line. */
const placeOf = (at: string) =>
  at === 'top'
    ? consoleI18n.t('workflows:filter.topPlace')
    : consoleI18n.t('workflows:filter.linePlace', { at });

/**
 * "Edit the filter...": levels of Expression / Operator / Value lines joined by AND or OR.
 * Each change is checked by the service, which names the seed's rule a line breaks.
 */
export function CrmFilterDialog({
  account,
  remoteObject,
  filter,
  onClose,
  onApply,
}: {
  account: string;
  remoteObject: CrmTableDescription;
  filter: CrmFilterNode | null;
  onClose(): void;
  onApply(filter: CrmFilterNode | null): void;
}) {
  const { t } = useTranslation('workflows');
  const [top, setTop] = useState<CrmFilterLevel>(() => asTopLevel(filter));
  const check = useWorkflowLookups((s) => s.filterCheck);
  const checkFilter = useWorkflowLookups((s) => s.checkFilter);
  const clearFilterCheck = useWorkflowLookups((s) => s.clearFilterCheck);

  useEffect(() => {
    const node = fromTopLevel(top);
    if (node) void checkFilter(account, remoteObject.name, node);
    else clearFilterCheck();
  }, [top, account, remoteObject.name, checkFilter, clearFilterCheck]);
  useEffect(() => clearFilterCheck, [clearFilterCheck]);

  const problems = check.status === 'ready' ? check.value.problems : [];
  const fields = usableFieldNames(remoteObject);
  return (
    <Dialog isOpen onClose={onClose} title={t('filter.title')} className="workflow-filter-dialog">
      <DialogBody>
        <p className={Classes.TEXT_MUTED}>
          <Trans
            t={t}
            i18nKey="filter.intro"
            values={{ label: remoteObject.label, name: remoteObject.name }}
            components={{ code: <code /> }}
          />
        </p>
        <datalist id="workflow-crm-fields">
          {fields.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <CrmFilterLevelView
          top={top}
          level={top}
          path={[]}
          problems={problems}
          defaultField={fields[0] ?? ''}
          onChange={setTop}
        />
        <div className="workflow-filter-check" aria-live="polite" data-testid="crm-filter-check">
          {check.status === 'loading' && <Spinner size={16} aria-label={t('filter.checking')} />}
          {check.status === 'failed' && (
            <Callout intent="danger" title={t('filter.checkFailed')} role="alert">
              {check.error}
            </Callout>
          )}
          {check.status === 'ready' && problems.length > 0 && (
            <Callout intent="danger" title={t('filter.broken')} role="alert">
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    {t('filter.problem', { place: placeOf(p.at), rule: messageText(p.rule) })}
                  </li>
                ))}
              </ul>
            </Callout>
          )}
          {check.status === 'ready' && problems.length === 0 && (
            <Callout intent="success" title={t('filter.summary')}>
              <div data-testid="crm-filter-summary">{describeCrmFilter(fromTopLevel(top))}</div>
              {check.value.query && (
                <code className="workflow-filter-query">{check.value.query}</code>
              )}
            </Callout>
          )}
        </div>
      </DialogBody>
      <CancelOkFooter
        onCancel={onClose}
        primary={{
          text: t('ok'),
          // Not while a check is out (the problems shown are then none), nor after one failed.
          disabled: check.status === 'loading' || check.status === 'failed' || problems.length > 0,
          onClick: () => onApply(fromTopLevel(top)),
        }}
      />
    </Dialog>
  );
}
