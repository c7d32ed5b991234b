import { Card, Classes, H5, Tab, Tabs } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';
import { DataView } from '../records/data-view';
import { SchemaStructure } from './schema-structure';

type SchemaTab = 'structure' | 'data';

/** A data schema opened from the list: its Structure, and its Data in the grid. */
export function SchemaDetail({ definition }: { definition: TableDefinition }) {
  const [tab, setTab] = useState<SchemaTab>('structure');
  const { t } = useTranslation('schemas');
  return (
    <Card className="console-detail console-schema-detail" data-testid="schema-detail">
      <H5 className="console-detail-title">
        {definition.label}{' '}
        <span className={`${Classes.TEXT_MUTED} console-mono`}>({definition.name})</span>
      </H5>
      <Tabs
        id="schema-tabs"
        selectedTabId={tab}
        onChange={(id) => setTab(id === 'data' ? 'data' : 'structure')}
        renderActiveTabPanelOnly
      >
        <Tab
          id="structure"
          title={t('detail.structure')}
          panel={<SchemaStructure definition={definition} />}
          data-testid="schema-tab-structure"
        />
        <Tab
          id="data"
          title={t('detail.data')}
          panel={
            <div className="console-schema-data">
              <DataView table={definition.name} />
            </div>
          }
          data-testid="schema-tab-data"
        />
      </Tabs>
    </Card>
  );
}
