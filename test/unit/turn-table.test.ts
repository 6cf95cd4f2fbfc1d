/**
 * Turns as columns (`TurnTable`): what the plain reader keeps for every turn,
 * and the `Turn` objects made from it for the users that need them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Turn } from '../../src/core/transcript';
import { assignRoles } from '../../src/core/transcript/roles';
import { TurnTable, turnAt, turnsOf } from '../../src/core/transcript/turnTable';

describe('turns kept as columns', () => {
  it('gives back a turn as the object a reader writes, segments and times included', () => {
    const table = new TurnTable();
    const i = table.addTurn(4, 30, 62, 30, 38, 39, table.intern('Ana Ruiz'), table.intern('ANA RUIZ'));
    table.endLine[i] = 5;
    table.extras.set(i, { timestamp: '[00:01:05]', time: 65 });
    table.addSegment(39, 50, 65);
    table.addSegment(51, 62);
    assert.deepEqual(turnAt(table, i), {
      speaker: 'Ana Ruiz',
      label: 'ANA RUIZ',
      role: 'unknown',
      question: false,
      line: 4,
      endLine: 5,
      start: 30,
      end: 62,
      labelStart: 30,
      labelEnd: 38,
      textStart: 39,
      segments: [{ start: 39, end: 50, time: 65 }, { start: 51, end: 62 }],
      timestamp: '[00:01:05]',
      time: 65,
    });
  });

  it('keeps each speaker name once, however many turns name it', () => {
    const table = new TurnTable();
    for (let k = 0; k < 1000; k++) table.addTurn(k, k * 10, k * 10 + 9, k * 10, k * 10 + 2, k * 10 + 3, table.intern(k % 2 ? 'Q' : 'Ana Ruiz'), -1);
    assert.equal(table.count, 1000);
    assert.deepEqual(table.names, ['Ana Ruiz', 'Q']);
    assert.equal(turnAt(table, 999).speaker, 'Q');
    assert.equal(turnAt(table, 999).label, null);
  });

  it('grows past the room it was made with and keeps every value', () => {
    const table = new TurnTable(2, 2);
    for (let k = 0; k < 300; k++) {
      table.addTurn(k, k * 5, k * 5 + 4, k * 5, k * 5, k * 5, -1, -1);
      table.addSegment(k * 5, k * 5 + 4);
    }
    table.trim();
    assert.deepEqual(turnAt(table, 257).segments, [{ start: 1285, end: 1289 }]);
    assert.equal(table.end[299], 1499);
  });

  it('moves every offset when a byte-order mark was cut off the text', () => {
    const table = new TurnTable();
    table.addTurn(0, 0, 10, 0, 3, 4, table.intern('Q'), table.intern('Q'));
    table.addSegment(4, 10);
    table.shift(1);
    const t = turnAt(table, 0);
    assert.deepEqual([t.start, t.end, t.labelStart, t.labelEnd, t.textStart, t.segments[0]!.start, t.segments[0]!.end], [1, 11, 1, 4, 5, 5, 11]);
  });

  it('gives back the very objects it was made from, with the roles decided over the columns', () => {
    const text = 'Q: Where were you?\nA: At home.';
    const turns: Turn[] = [
      { speaker: 'Q', label: 'Q', role: 'unknown', question: false, line: 0, endLine: 0, start: 0, end: 18, labelStart: 0, labelEnd: 2, textStart: 3, segments: [{ start: 3, end: 18 }] },
      { speaker: 'A', label: 'A', role: 'unknown', question: false, line: 1, endLine: 1, start: 19, end: 30, labelStart: 19, labelEnd: 21, textStart: 22, segments: [{ start: 22, end: 30 }] },
    ];
    const first = turns[0];
    assignRoles(turns, {}, text);
    assert.equal(turns[0], first);
    assert.deepEqual(turns.map((t) => [t.role, t.question]), [['questioner', true], ['respondent', false]]);
    assert.equal(turnsOf(TurnTable.fromTurns(turns)), turns);
  });
});
