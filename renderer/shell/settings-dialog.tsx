import { Button, Dialog, DialogBody, DialogFooter, FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  type Language,
  languageNames,
  languages,
  languageSchema,
} from '../../shared/i18n/languages';
import { switchLanguage } from '../i18n/console-i18n';
import { useSession } from '../stores/stores-context';

/** The operator's settings: the language the console speaks to them, kept with their account. */
export function SettingsDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation(['shell', 'common']);
  const setLanguage = useSession((s) => s.setLanguage);
  const choose = (value: string) => {
    const picked = languageSchema.safeParse(value);
    if (!picked.success) return;
    switchLanguage(picked.data);
    void setLanguage({ language: picked.data });
  };
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={t('settings.title')} icon="cog">
      <DialogBody>
        <FormGroup
          label={t('settings.language')}
          labelFor="settings-language"
          helperText={t('settings.languageHelp')}
        >
          <HTMLSelect
            id="settings-language"
            value={i18n.language as Language}
            onChange={(e) => choose(e.currentTarget.value)}
            options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
          />
        </FormGroup>
      </DialogBody>
      <DialogFooter
        actions={<Button intent="primary" text={t('common:close')} onClick={onClose} />}
      />
    </Dialog>
  );
}
