import { Button, InputGroup, Intent, Menu, MenuItem, PopoverNext, Tag } from '@blueprintjs/core';
import type { EnumerationSummary } from '../../../shared/domain/enumerations';
import { useTranslation } from 'react-i18next';
import { internalNameSchema, sameName } from '../../../shared/domain/names';
import { issuesFromZod, issueText } from '../../../shared/errors';
import { consoleI18n } from '../../i18n/console-i18n';
import { messageText } from '../../i18n/message-text';

/** Why a typed target cannot be used, or null. */
export function targetError(target: string): string | null {
  const parsed = internalNameSchema.safeParse(target);
  if (parsed.success) return null;
  const issue = issuesFromZod(parsed.error)[0];
  return issue ? issueText(issue, messageText) : consoleI18n.t('enumerations:sync.invalidName');
}

/**
 * The Adobe Campaign enumeration of a row: an existing one picked from the list, or the name of
 * a new one typed in. The tag says which it will be.
 */
export function TargetPicker({
  value,
  existing,
  disabled,
  onChange,
  testId,
}: {
  value: string;
  existing: readonly EnumerationSummary[];
  disabled: boolean;
  onChange(value: string): void;
  testId: string;
}) {
  // What is typed is trimmed on save (internalNameSchema), so it matches with its spaces.
  const { t } = useTranslation('enumerations');
  const match = existing.find((e) => sameName(e.name, value.trim()));
  const error = disabled ? null : targetError(value);
  const menu = (
    <Menu className="console-target-menu">
      {existing.length === 0 && <MenuItem disabled text={t('sync.noEnumerations')} />}
      {existing.map((e) => (
        <MenuItem
          key={e.name}
          text={e.name}
          label={e.label}
          active={match?.name === e.name}
          onClick={() => onChange(e.name)}
        />
      ))}
    </Menu>
  );
  return (
    <div className="console-target-picker">
      <InputGroup
        value={value}
        disabled={disabled}
        onValueChange={onChange}
        intent={error ? Intent.DANGER : Intent.NONE}
        spellCheck={false}
        aria-label={t('sync.campaignEnumeration')}
        data-testid={testId}
        rightElement={
          <PopoverNext content={menu} placement="bottom-end" disabled={disabled}>
            <Button
              variant="minimal"
              icon="caret-down"
              disabled={disabled}
              aria-label={t('sync.pickExisting')}
              data-testid={`${testId}-pick`}
            />
          </PopoverNext>
        }
      />
      {!disabled && (
        <Tag
          minimal
          intent={match ? Intent.PRIMARY : Intent.SUCCESS}
          className="console-target-kind"
          data-testid={`${testId}-kind`}
        >
          {match ? t('sync.existing') : t('sync.new')}
        </Tag>
      )}
      {error && <div className="console-cell-error">{error}</div>}
    </div>
  );
}
