import { Button, Icon } from '@blueprintjs/core';
import {
  activityTypes,
  type ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import { activityTypeLabels } from '../../../shared/domain/workflows/labels';
import { activityIcons } from './activity-icons';

/** The drag data type of a palette item, so that other drops are ignored. */
export const paletteMime = 'application/x-crm-console-activity';

/**
 * The activities, as in Campaign's palette: drag one onto the diagram, or press it to add it
 * after the others (keyboard, tests).
 */
export function ActivityPalette({ onAdd }: { onAdd(type: ActivityType): void }) {
  return (
    <nav className="workflow-palette" aria-label="Activities">
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
          aria-label={`Add ${activityTypeLabels[type]}`}
          title={`Drag onto the diagram, or press to add: ${activityTypeLabels[type]}`}
          data-testid={`palette-${type}`}
        >
          <Icon icon={activityIcons[type]} className="workflow-palette-icon" />
          {activityTypeLabels[type]}
        </Button>
      ))}
    </nav>
  );
}
