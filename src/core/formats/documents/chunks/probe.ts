/** A chunk that only proves chunks load in every host: it reads nothing. */
import { TranscriptWriter } from '../writer';
import type { ReaderChunk } from '../chunks';

export const read: ReaderChunk['read'] = () => new TranscriptWriter('probe').finish({});
