import { HTMLSelect, type HTMLSelectProps } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  type Language,
  languageNames,
  languages,
  languageSchema,
} from '../../shared/i18n/languages';
import { switchLanguage } from './console-i18n';

/**
 * The four languages, each named in itself; picking one redraws the window in it and tells
 * `onPick` (to keep it with the operator).
 */
export function LanguageSelect({
  onPick,
  ...props
}: Omit<HTMLSelectProps, 'value' | 'onChange' | 'options'> & {
  onPick?(language: Language): void;
}) {
  const { i18n } = useTranslation();
  return (
    <HTMLSelect
      {...props}
      value={i18n.language}
      onChange={(e) => {
        const picked = languageSchema.safeParse(e.currentTarget.value);
        if (!picked.success) return;
        switchLanguage(picked.data);
        onPick?.(picked.data);
      }}
      options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
    />
  );
}
