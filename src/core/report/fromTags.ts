/**
 * Tags placed in a text (offsets), as the report counts them (editor
 * positions): what the command line and the benchmark read from sidecars
 * becomes what the editor's tag store gives.
 */
import type { Tag } from '../annotations/tag';
import { lineAtOffset, lineTable } from '../text';
import type { ReportTag } from './model';

/** The tags with their ranges as 0-based lines and characters of `text`. */
export function reportTags(text: string, tags: readonly Tag[]): ReportTag[] {
  const lines = lineTable(text);
  const pos = (offset: number): [number, number] => {
    const line = lineAtOffset(lines, offset);
    return [line, offset - lines.starts[line]!];
  };
  return tags.map((t) => {
    const [startLine, startCharacter] = pos(t.start);
    const [endLine, endCharacter] = pos(t.end);
    return {
      id: t.id,
      category: t.category,
      quote: t.quote,
      range: { startLine, startCharacter, endLine, endCharacter },
      status: t.status,
      speaker: t.speaker,
      ...(t.verdict ? { verdict: t.verdict } : {}),
      ...(t.author ? { author: t.author } : {}),
    };
  });
}
