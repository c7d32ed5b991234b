import { Card, Classes, Elevation, H3, Icon } from '@blueprintjs/core';
import type { ReactNode } from 'react';

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
  return (
    <div className="console-logon-backdrop">
      <Card elevation={Elevation.THREE} className="console-logon-card">
        <div className="console-logon-brand">
          <Icon icon="data-connection" size={28} className="console-logon-logo" />
          <div>
            <div className="console-logon-product">CRM Connector Console</div>
            <div className={Classes.TEXT_MUTED}>Marketing platform administration</div>
          </div>
        </div>
        <H3 className="console-logon-title">{title}</H3>
        <p className={Classes.TEXT_MUTED}>{subtitle}</p>
        {children}
      </Card>
    </div>
  );
}
