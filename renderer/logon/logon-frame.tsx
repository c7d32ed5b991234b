import { Card, Classes, Elevation, H3, HTMLSelect, Icon } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, languages, languageSchema } from '../../shared/i18n/languages';
import { switchLanguage } from '../i18n/console-i18n';

/** The centred card of the first start and logon screens. */
export function LogonFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation('shell');
  return (
    <div className="console-logon-backdrop">
      <Card elevation={Elevation.THREE} className="console-logon-card">
        <div className="console-logon-brand">
          <Icon icon="data-connection" size={28} className="console-logon-logo" />
          <div>
            <div className="console-logon-product">{t('productName')}</div>
            <div className={Classes.TEXT_MUTED}>{t('logon.tagline')}</div>
          </div>
        </div>
        <H3 className="console-logon-title">{title}</H3>
        <p className={Classes.TEXT_MUTED}>{subtitle}</p>
        {children}
        <HTMLSelect
          className="console-logon-language"
          aria-label={t('settings.language')}
          minimal
          value={i18n.language}
          onChange={(e) => {
            const picked = languageSchema.safeParse(e.currentTarget.value);
            if (picked.success) switchLanguage(picked.data);
          }}
          options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
          data-testid="logon-language"
        />
      </Card>
    </div>
  );
}
