import { Button, Icon } from '@blueprintjs/core';
import {
  activityTypes,
  type ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import { useTranslation } from 'react-i18next';
import { activityTypeLabel } from '../../stores/workflows/workflow-labels';
import { activityIcons } from './activity-icons';

/** The drag data type of a palette item, so that other drops are ignored. */
export const paletteMime = 'application/x-crm-console-activity';

/**
 * The activities, as in Campaign's palette: drag one onto the diagram, or press it to add it
 * after the others (keyboard, tests).
 */
export function ActivityPalette({ onAdd }: { onAdd(type: ActivityType): void }) {
  const { t } = useTranslation('workflows');
  return (
    <nav className="workflow-palette" aria-label={t('palette.label')}>
      {activityTypes.map((type) => (
        <Button
          key={type}
          variant="minimal"
          alignText="start"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(paletteMime, type);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => onAdd(type)}
          aria-label={t('palette.add', { activity: activityTypeLabel(type) })}
          title={t('palette.hint', { activity: activityTypeLabel(type) })}
          data-testid={`palette-${type}`}
        >
          <Icon icon={activityIcons[type]} className="workflow-palette-icon" />
          {activityTypeLabel(type)}
        </Button>
      ))}
    </nav>
  );
}
