import { Dialog, DialogBody } from '@blueprintjs/core';
import { useWorkflowRun } from '../../stores/stores-context';
import { DataView } from '../records/data-view';

/** "Display the target": an output population in the data explorer's grid. */
export function ResultDialog() {
  const result = useWorkflowRun((s) => s.result);
  const close = useWorkflowRun((s) => s.closeResult);
  if (!result) return null;
  return (
    <Dialog isOpen onClose={close} title={result.title} className="workflow-result-dialog">
      <DialogBody className="workflow-result-body">
        <DataView table={result.table} />
      </DialogBody>
    </Dialog>
  );
}
