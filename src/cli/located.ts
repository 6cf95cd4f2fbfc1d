/** Problems as `file:line:column: severity: message` lines, as compilers print them. */
import type { Problem } from '../core/annotations';

export function located(file: string, problems: Problem[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`).join('');
}
