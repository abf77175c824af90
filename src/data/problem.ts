/**
 * A problem found in a file: where (file, line, column, record, field) and what. Its own module,
 * free of the schema, so the page can show problems without loading the validator (which runs in
 * the import worker).
 */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  record?: string;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = [
    p.file,
    p.line !== undefined ? `line ${p.line}` : null,
    p.column !== undefined ? `column ${p.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const what = [p.record ? `record "${p.record}"` : null, p.field ? `field "${p.field}"` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}${what ? ` (${what})` : ''}: ${p.message}`;
}
