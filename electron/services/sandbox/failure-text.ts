import { sandboxLimits, type SandboxFailure } from './sandbox-protocol';

const duration = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/**
 * A failure in the administrator's words: what was thrown (with its line when `withLine`), or
 * which limit was reached. Never a stack trace of the console's own.
 */
export function failureText(failure: SandboxFailure, timeoutMs: number, withLine: boolean): string {
  switch (failure.kind) {
    case 'thrown':
      return withLine && failure.line !== null
        ? `line ${failure.line}: ${failure.text}`
        : failure.text;
    case 'syntax':
      // A script's line says where to look; an expression is one line, and QuickJS's text about
      // the wrapper it is evaluated in would mislead.
      return withLine && failure.line !== null
        ? `line ${failure.line}: ${failure.text}`
        : 'it is not a complete JavaScript expression';
    case 'timeout':
      return `timed out after ${duration(timeoutMs)}`;
    case 'memory':
      return `used more than ${sandboxLimits.memoryMb} MB of memory`;
    case 'neverSettles':
      return 'it awaits a promise that can never settle (nothing is left to run)';
    case 'varsUnreadable':
      return `\`vars\` cannot be read back: ${failure.text}`;
  }
}
