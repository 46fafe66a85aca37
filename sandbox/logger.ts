export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Console logger; `quiet` keeps tests silent but still reports errors. */
export function createLogger(quiet: boolean): Logger {
  return {
    info: (message) => {
      if (!quiet) console.log(message);
    },
    warn: (message) => {
      if (!quiet) console.warn(message);
    },
    error: (message) => console.error(message),
  };
}
