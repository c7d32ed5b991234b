import { recipientsTableName } from '../../../shared/domain/recipients';
import { ViewFrame } from '../../components/view-frame';
import { DataView } from './data-view';

/** Profiles and Targets > Recipients: the platform's profiles, straight in the data grid. */
export function RecipientsView() {
  return (
    <ViewFrame nodeId="recipients" fill>
      <DataView table={recipientsTableName} />
    </ViewFrame>
  );
}
