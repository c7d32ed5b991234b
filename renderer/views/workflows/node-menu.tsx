import { Menu, MenuItem, showContextMenu } from '@blueprintjs/core';
import type { MouseEvent } from 'react';
import { consoleI18n } from '../../i18n/console-i18n';
import type { ActivityNodeData } from './diagram-model';
import { resultTargets } from './result-targets';

/** The node's context menu: "Display the target" for each population it produced. */
export function showNodeMenu(
  event: MouseEvent,
  data: ActivityNodeData,
  openResult: (table: string, title: string) => void,
) {
  const targets = resultTargets(data.activity, data.outputs, data.run);
  showContextMenu({
    targetOffset: { left: event.clientX, top: event.clientY },
    content: (
      <Menu
        aria-label={consoleI18n.t('workflows:node.actions', {
          name: data.activity.label || data.activity.id,
        })}
      >
        {targets.length === 0 ? (
          <MenuItem disabled text={consoleI18n.t('workflows:node.noResult')} />
        ) : (
          targets.map((t) => (
            <MenuItem
              key={t.output}
              icon="th"
              text={t.label}
              onClick={() => openResult(t.table, t.title)}
            />
          ))
        )}
      </Menu>
    ),
  });
}
