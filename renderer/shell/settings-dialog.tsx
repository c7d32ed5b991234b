import { Button, Dialog, DialogBody, DialogFooter, FormGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../i18n/language-select';
import { useSession } from '../stores/stores-context';

/** The operator's settings: the language the console speaks to them, kept with their account. */
export function SettingsDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation(['shell', 'common']);
  const setLanguage = useSession((s) => s.setLanguage);
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={t('settings.title')} icon="cog">
      <DialogBody>
        <FormGroup
          label={t('settings.language')}
          labelFor="settings-language"
          helperText={t('settings.languageHelp')}
        >
          <LanguageSelect
            id="settings-language"
            onPick={(language) => void setLanguage({ language })}
          />
        </FormGroup>
      </DialogBody>
      <DialogFooter
        actions={<Button intent="primary" text={t('common:close')} onClick={onClose} />}
      />
    </Dialog>
  );
}
