export type StopKind = 'pause' | 'cancel' | 'shutdown';

const messages: Record<StopKind, string> = {
  pause: 'The run was paused.',
  cancel: 'The run was cancelled.',
  shutdown: 'The console is stopping.',
};

/** The abort reason an execution sees: why its run stops (a pause re-runs it later). */
export class RunStop extends Error {
  constructor(readonly kind: StopKind) {
    super(messages[kind]);
    this.name = 'RunStop';
  }
}
