import { Card, Classes, Elevation, H3, Icon } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../i18n/language-select';

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
  const { t } = useTranslation('shell');
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
        <LanguageSelect
          className="console-logon-language"
          aria-label={t('settings.language')}
          minimal
          data-testid="logon-language"
        />
      </Card>
    </div>
  );
}
