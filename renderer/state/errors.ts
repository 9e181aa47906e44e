// Anything a call can throw, in words a person can read. The library's own failures
// arrive as BroadsheetError (an Error whose message was written for people), so one
// rule covers them and everything else.

/** The message to show for `error`: an Error's own message, else the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
