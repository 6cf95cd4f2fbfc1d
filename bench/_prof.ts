import { contextAround, reanchorTags, TextIndex, type Tag, type TagRecord } from '../src/core/annotations';
import { generateTranscript, random } from './generate';
const TAGS=10000;
const text = generateTranscript(1024 * 1024, 5);
const rnd = random(11);
const tags: Tag[] = [];
const step = Math.floor(text.length / TAGS);
for (let i = 0; i < TAGS; i++) {
  let start = i * step + Math.floor(rnd() * (step / 2));
  while (start < text.length && text[start - 1] !== ' ') start++;
  let end = Math.min(text.length, start + 20 + Math.floor(rnd() * 60));
  while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
  tags.push({ id: `t-${i}`, category: 'c', quote: text.slice(start, end), start, end, ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' } as Tag);
}
const index = new TextIndex(text);
const records: TagRecord[] = tags.map((t) => ({ ...t, start: index.toCodePoint(t.start), end: index.toCodePoint(t.end) }));
let edited = text.slice(0, 500) + 'Editor’s note: this transcript was corrected on 9 May.\n\n' + text.slice(500);
const cut = edited.indexOf('\n', edited.length >> 1);
edited = edited.slice(0, cut) + edited.slice(edited.indexOf('\n', cut + 3000));
for (let k = 1; k <= 20; k++) {
  const at = edited.indexOf(' the ', Math.floor((edited.length * k) / 21));
  edited = edited.slice(0, at) + ' a ' + edited.slice(at + 5);
}
for (let r=0;r<3;r++){ const t0=performance.now(); const f=reanchorTags(records, edited); console.log(performance.now()-t0, f.filter(t=>t.status==='moved').length, f.filter(t=>t.status==='orphaned').length, f.filter(t=>t.candidates).length);}
