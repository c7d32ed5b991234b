import { Button, FormGroup, InputGroup, Intent, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SecretDraft } from './account-draft';

/** Shown in place of a secret the service holds: the value itself never reaches the window. */
const maskedPlaceholder = '••••••••••••';

/**
 * A write-only secret: a set one shows as masked with Change and Clear, never pre-filled;
 * an unset one is a password box. Test ids: `<testId>`, `-state`, `-change`, `-clear`, `-undo`.
 */
export function SecretField({
  id,
  label,
  secret,
  onChange,
  testId,
  disabled,
  error,
  note,
}: {
  id: string;
  label: string;
  secret: SecretDraft;
  onChange(next: SecretDraft): void;
  testId: string;
  disabled?: boolean;
  error?: string | undefined;
  /** Replaces the help text (the Demo account's secrets come from its emulator). */
  note?: string | undefined;
}) {
  const { t } = useTranslation('accounts');
  const { isSet, mode } = secret;
  const typing = !isSet || mode === 'change';
  const stateText =
    mode === 'clear'
      ? t('secret.state.cleared')
      : isSet
        ? t('secret.state.set')
        : t('secret.state.unset');
  const help = note
    ? note
    : mode === 'clear'
      ? t('secret.help.clear')
      : mode === 'change'
        ? t('secret.help.change')
        : isSet
          ? t('secret.help.set')
          : t('secret.help.unset');
  const action = (text: string, next: SecretDraft, suffix: string) => (
    <Button
      variant="minimal"
      size="small"
      text={text}
      disabled={disabled}
      onClick={() => onChange(next)}
      data-testid={`${testId}-${suffix}`}
    />
  );
  const actions = !isSet ? undefined : mode === 'keep' ? (
    <>
      {action(t('secret.change'), { ...secret, mode: 'change', value: '' }, 'change')}
      {action(t('secret.clear'), { ...secret, mode: 'clear', value: '' }, 'clear')}
    </>
  ) : (
    action(t('secret.undo'), { ...secret, mode: 'keep', value: '' }, 'undo')
  );
  return (
    <FormGroup
      label={label}
      labelFor={id}
      labelInfo={
        <Tag
          minimal
          intent={mode === 'clear' ? Intent.WARNING : isSet ? Intent.SUCCESS : Intent.NONE}
          data-testid={`${testId}-state`}
        >
          {stateText}
        </Tag>
      }
      helperText={error ? <span data-testid={`${testId}-error`}>{error}</span> : help}
      intent={error ? Intent.DANGER : Intent.NONE}
    >
      <InputGroup
        id={id}
        type="password"
        value={typing ? secret.value : ''}
        placeholder={typing ? (isSet ? t('secret.newValue') : '') : maskedPlaceholder}
        readOnly={!typing}
        disabled={disabled}
        onValueChange={(value) => onChange({ ...secret, value })}
        intent={error ? Intent.DANGER : Intent.NONE}
        autoComplete="new-password"
        spellCheck={false}
        rightElement={actions && <span className="console-secret-actions">{actions}</span>}
        data-testid={testId}
      />
    </FormGroup>
  );
}
