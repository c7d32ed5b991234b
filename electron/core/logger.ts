import { describeThrownForLog } from './describe-thrown';

/** Where the console reports what went wrong inside it: never shown to the administrator. */
export type Logger = (message: string, error: unknown) => void;

export const logToStderr: Logger = (message, error) => {
  console.error(message, describeThrownForLog(error));
};
