// Prepared statements cached by their SQL text: preparing is the costly part of
// a small query, and the library's owners run the same few statements over and
// over (a refresh, a list page, a key press). One cache per owner and handle.
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export function statementCache(db: DatabaseSync): (text: string) => StatementSync {
  const statements = new Map<string, StatementSync>();
  return (text) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
}
