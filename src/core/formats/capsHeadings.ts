/**
 * Record headings in capitals (`BILL`, `MOTIONS`, `THE HANSARD`): they stand alone
 * on their line like a label in capitals with the speech below, but a record
 * heading is followed by the title it introduces (more capitals), a note in
 * brackets, or names a stage of the proceedings.
 */

/** Words that name a stage of the proceedings, never a speaker (several languages). */
const PROCEDURAL = new Set([
  'BILL', 'BILLS', 'MOTION', 'MOTIONS', 'PRAYER', 'PRAYERS', 'PETITION', 'PETITIONS', 'STATEMENT', 'STATEMENTS',
  'PAPERS', 'PAPER', 'ORDERS', 'ORDER', 'ADJOURNMENT', 'COMMUNICATION', 'COMMUNICATIONS', 'MESSAGE', 'MESSAGES',
  'QUESTIONS', 'ANSWERS', 'REPORT', 'REPORTS', 'HANSARD', 'AMENDMENT', 'AMENDMENTS', 'DIVISION', 'AGENDA',
  'PROCEEDINGS', 'SITTING', 'ANNOUNCEMENT', 'ANNOUNCEMENTS', 'RULING', 'RULINGS', 'NOTICE', 'NOTICES',
  'MOCIÓN', 'MOCIONES', 'PROPOSICIÓN', 'PROYECTO', 'DICTAMEN', 'INTERPELACIÓN', 'SESIÓN', 'SUMARIO',
  'MOTIONEN', 'TAGESORDNUNG', 'ANTRAG', 'GESETZENTWURF', 'SITZUNG', 'SÉANCE', 'PROJET', 'SOMMAIRE', 'ORDRE',
]);

/** A title in capitals below a heading: no small letter, several letters, no sentence's end (`NO.` or `SÍ.` is an answer). */
function isCapsLine(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 4 && !/[.!?…]["”»]?$/u.test(line.trimEnd());
}

/**
 * True where a label in capitals alone on its line is a record heading: the
 * next non-blank line is in capitals too or starts with a bracket, or the
 * label names a stage of the proceedings.
 */
export function isCapsHeadingLabel(name: string, nextLine: string): boolean {
  const next = nextLine.trimStart();
  if (next.startsWith('(') || next.startsWith('[') || isCapsLine(next)) return true;
  return name.toUpperCase().split(/[\s\u00a0]+/).some((word) => PROCEDURAL.has(word.replace(/[.'’]/g, '')));
}
