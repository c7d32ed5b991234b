import { expect, type Locator, type Page } from '@playwright/test';
import { scanScreen } from '../fixtures/accessibility';
import type {
  ActivityOutput,
  ActivityType,
} from '../../shared/domain/workflows/activity-catalogue';
import workflowWords from '../../shared/i18n/locales/en/workflows.json' with { type: 'json' };
import type { ActivityState, RunStatus } from '../../shared/domain/workflows/run-views';
import { ActivityPanel } from './activity-panel';
import { ConsoleWindow } from './console-window';
import { DataView } from './data-view';

/** What an activity shows on the diagram after a run: "980 → OK 975 · Reject 5". */
export interface ActivityCounts {
  input: number | null;
  outputs: Partial<Record<ActivityOutput, number>>;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

/** Reads the counts line of a node; the labels are the model's own ("OK", "Reject"). */
function parseCounts(text: string): ActivityCounts {
  const [before, after] = text.includes('→') ? text.split('→') : [null, text];
  const outputs: ActivityCounts['outputs'] = {};
  for (const [output, label] of Object.entries(workflowWords.output) as [
    ActivityOutput,
    string,
  ][]) {
    const match = new RegExp(`${label} ([\\d,]+)`).exec(after ?? '');
    if (match?.[1]) outputs[output] = number(match[1]);
  }
  const input = before === null ? null : number(before.replace(/^×\d+\s*/, '').trim());
  return { input, outputs };
}

/**
 * An open workflow: the toolbar (Save, Start, the run's status), the palette, the diagram, the
 * property panel of the selected activity, the run log and the result dialog.
 */
export class WorkflowEditor extends ConsoleWindow {
  readonly view: Locator;
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly runStatus: Locator;
  readonly unsaved: Locator;
  readonly version: Locator;
  readonly runLog: Locator;
  readonly properties: ActivityPanel;
  readonly resultDialog: Locator;
  /** The data explorer in the result dialog. */
  readonly result: DataView;

  constructor(page: Page) {
    super(page);
    this.view = page.getByTestId('workflow-editor');
    this.canvas = page.getByTestId('workflow-canvas');
    this.toolbar = page.getByRole('toolbar', { name: 'Workflow' });
    this.runStatus = page.getByTestId('run-status');
    this.unsaved = page.getByTestId('unsaved-changes');
    this.version = page.getByTestId('workflow-version');
    this.runLog = page.getByTestId('run-log');
    this.properties = new ActivityPanel(page);
    this.resultDialog = page.locator('.workflow-result-dialog');
    this.result = new DataView(page);
  }

  activity(id: string): Locator {
    return this.canvas.getByTestId(`activity-${id}`);
  }

  /** A running Wait's "Waiting until 14:03:21"; its `time` holds the due time in ISO 8601. */
  waitDue(id: string): Locator {
    return this.activity(id).getByTestId('wait-due');
  }

  /** The rows progress bar and rate of a running activity. */
  progress(id: string): Locator {
    return this.activity(id).getByTestId('activity-progress');
  }

  async expectActivityState(id: string, state: ActivityState, timeout?: number): Promise<void> {
    await expect(this.activity(id)).toHaveAttribute('data-state', state, { timeout });
  }

  handle(id: string, output: ActivityOutput | 'in'): Locator {
    return this.canvas.getByTestId(`handle-${id}-${output}`);
  }

  transition(from: string, output: ActivityOutput, to: string): Locator {
    return this.canvas.getByLabel(
      `Transition ${workflowWords.output[output]} from ${from} to ${to}`,
      { exact: true },
    );
  }

  /** Presses a palette item: the activity is added after the others and selected. */
  async add(type: ActivityType, expectedId: string): Promise<ActivityPanel> {
    await this.page.getByTestId(`palette-${type}`).click();
    await expect(this.activity(expectedId)).toBeVisible();
    await this.properties.expectActivity(expectedId);
    await scanScreen(this.page, `properties of ${type}`);
    return this.properties;
  }

  /** The diagram's "fit view" control, so that every node is on screen. */
  async fitView(): Promise<void> {
    await this.canvas.getByRole('button', { name: /fit view/i }).click();
  }

  async select(id: string): Promise<ActivityPanel> {
    await this.activity(id).locator('.workflow-node-label').click();
    await this.properties.expectActivity(id);
    return this.properties;
  }

  /** Draws a transition with the mouse, from an output's handle to the input of another. */
  async drag(from: string, output: ActivityOutput, to: string): Promise<void> {
    await this.dragHandles(from, output, to);
    await expect(this.transition(from, output, to)).toBeAttached();
  }

  /** The mouse's part of `drag`, for a spec that reads the transition in another language. */
  async dragHandles(from: string, output: ActivityOutput, to: string): Promise<void> {
    await this.fitView();
    // The diagram may still be moving (fit view, or refitting after an edit): drag once the
    // handles are where they were a moment before.
    const where = async () =>
      JSON.stringify([
        await this.handle(from, output).boundingBox(),
        await this.handle(to, 'in').boundingBox(),
      ]);
    let previous = '';
    await expect
      .poll(async () => {
        const now = await where();
        const settled = now === previous;
        previous = now;
        return settled;
      })
      .toBe(true);
    const source = await this.handle(from, output).boundingBox();
    const target = await this.handle(to, 'in').boundingBox();
    if (!source || !target) throw new Error(`The handles of ${from} or ${to} are not drawn.`);
    const mouse = this.page.mouse;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
    await mouse.up();
  }

  /** Draws a transition with the property panel's "<output> leads to" list. */
  async lead(from: string, output: ActivityOutput, to: string, toLabel: string): Promise<void> {
    const panel = await this.select(from);
    await panel.transitionTarget(output).selectOption({ label: toLabel });
    await expect(this.transition(from, output, to)).toBeAttached();
  }

  /** Save: a new version, the unsaved-changes mark gone. */
  async save(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Save' }).click();
    await expect(this.unsaved).toBeHidden();
    await expect(this.toast(/^Workflow '.*' saved \(version \d+\)\.$/)).toBeVisible();
  }

  async start(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Start' }).click();
    await expect(this.runStatus).toBeVisible();
    await scanScreen(this.page, 'run started');
  }

  /** Pause: the running activity stops where a resume picks it up; the run reads Paused. */
  async pause(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Pause' }).click();
    await this.expectRunStatus('paused');
    await expect(this.runStatus).toHaveText('Paused');
  }

  /** Resume a paused run: the button goes once the run is live again. */
  async resume(): Promise<void> {
    const resume = this.toolbar.getByRole('button', { name: 'Resume' });
    await resume.click();
    await expect(resume).toBeHidden();
  }

  /** Waits for the run shown to reach a status (its message in the tag's title when it fails). */
  async expectRunStatus(status: RunStatus, timeout = 60_000): Promise<void> {
    await expect(this.runStatus).toHaveAttribute('data-status', status, { timeout });
  }

  async counts(id: string): Promise<ActivityCounts> {
    return parseCounts(await this.activity(id).getByTestId(`activity-counts-${id}`).innerText());
  }

  /** The node's context menu, "Display the target: <output> (n rows)": the result dialog. */
  async displayTarget(id: string, output: ActivityOutput): Promise<DataView> {
    await this.activity(id).click({ button: 'right' });
    const label = workflowWords.output[output];
    await this.page
      .getByRole('menuitem', { name: new RegExp(`^Display the target: ${label} \\(`) })
      .click();
    await expect(this.resultDialog).toBeVisible();
    return this.result;
  }

  async closeResult(): Promise<void> {
    await this.resultDialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.resultDialog).toBeHidden();
  }
}
