/**
 * The RTTM file kept beside a speech-recognition file (`talk.json` and
 * `talk.rttm`), read through any host's files: who spoke when, for a Whisper
 * JSON or captions file that names no speakers. The editor keeps what it read
 * here and reads a file again only when it changes; a broken file is a reason
 * with its line, never a transcript lost.
 */
import { fingerprint } from '../files/fingerprint';
import type { FileHost } from '../files/fileHost';
import { decodeText, NotTextError } from '../text';
import { diarisationFileFor, parseRttm, RttmLineError, type DiarisedStretch } from './rttm';

/** RTTM files larger than this are not read (a day of speech is a few megabytes). */
export const MAX_RTTM_BYTES = 64 * 1024 * 1024;

/** What an RTTM file gives the transcript beside it. */
export type RttmRead =
  /** There is no RTTM file there. */
  | { kind: 'none' }
  /** Its stretches of speech, in order of their start. */
  | { kind: 'read'; stretches: readonly DiarisedStretch[] }
  /** It cannot be used: `message` names the file and says why; `line` (1-based) is the line that is wrong, when one is. */
  | { kind: 'broken'; message: string; line?: number };

/** The address of the RTTM file a transcript takes its speakers from (`talk.vtt` → `talk.rttm` beside it); undefined for a file of another kind. */
export function rttmBeside<A>(host: Pick<FileHost<A>, 'parent' | 'child' | 'baseName'>, transcript: A): A | undefined {
  const name = diarisationFileFor(host.baseName(transcript));
  return name === undefined ? undefined : host.child(host.parent(transcript), name);
}

/** Reads an RTTM file's bytes: its stretches, or why they cannot be used. */
export function readRttmBytes(shown: string, bytes: Uint8Array): RttmRead {
  try {
    return { kind: 'read', stretches: parseRttm(decodeText(bytes).text) };
  } catch (e) {
    if (e instanceof RttmLineError) return { kind: 'broken', message: `${shown}: ${e.message}`, line: e.line };
    if (e instanceof NotTextError) return { kind: 'broken', message: `${shown}: not a text file (${e.message})` };
    return { kind: 'broken', message: `${shown} cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** A change the cache saw in an RTTM file. */
export interface RttmChange<A> {
  /** The RTTM file. */
  rttm: A;
  /** What it gives now. */
  read: RttmRead;
  /** The transcripts beside it whose speakers change with it: parse them again. */
  transcripts: A[];
}

interface Entry<A> {
  at: A;
  /** What the file gave when last read; undefined until the first read ends. */
  read?: RttmRead;
  /** The fingerprint of the bytes last read ('' for no file): the same bytes are never parsed twice. */
  version?: string;
  /** The read under way: reads of one file run one after the other. */
  reading?: Promise<void>;
  /** The transcripts that asked, by key. */
  transcripts: Map<string, A>;
}

/**
 * The RTTM files beside the transcripts asked about, each read once per
 * version. `peek` answers at once with what is known (and starts the first
 * read); `changed` reads a file again after the host saw it change. Every
 * read that changes what a file gives is reported to `onChange`.
 */
export class DiarisationsBeside<A> {
  private readonly entries = new Map<string, Entry<A>>();
  /** Transcript key → the key of its RTTM file. */
  private readonly rttmOf = new Map<string, string>();

  constructor(
    private readonly host: FileHost<A>,
    private readonly keyOf: (at: A) => string,
    private readonly onChange: (change: RttmChange<A>) => void,
    private readonly limit = MAX_RTTM_BYTES,
    /** True when the host knows, without a look, that no file is there (the editor lists the workspace's RTTM files once): most transcripts have none, and each look is a round trip in VS Code for the Web. */
    private readonly knownAbsent: (at: A) => Promise<boolean> = async () => false,
  ) {}

  /**
   * What the RTTM file beside `transcript` gives, as far as it is known now:
   * undefined for a file of a kind that takes none, and while the first read
   * is under way (then `onChange` reports it if it gives anything).
   */
  peek(transcript: A): RttmRead | undefined {
    const entry = this.entryFor(transcript);
    if (!entry) return undefined;
    if (!entry.read && !entry.reading) void this.readAgain(entry);
    return entry.read;
  }

  /** What the RTTM file beside `transcript` gives, once read; undefined for a file of a kind that takes none. */
  async whenRead(transcript: A): Promise<RttmRead | undefined> {
    const entry = this.entryFor(transcript);
    if (!entry) return undefined;
    if (!entry.read && !entry.reading) void this.readAgain(entry);
    while (entry.reading) await entry.reading;
    return entry.read;
  }

  /** The host saw a file created, changed or deleted: an RTTM file some transcript asked about is read again. */
  async changed(at: A): Promise<void> {
    const entry = this.entries.get(this.keyOf(at));
    if (entry) await this.readAgain(entry);
  }

  /** A transcript no longer needs its speakers kept current (its editor closed). */
  forget(transcript: A): void {
    const key = this.keyOf(transcript);
    const rttm = this.rttmOf.get(key);
    if (rttm === undefined) return;
    this.rttmOf.delete(key);
    const entry = this.entries.get(rttm);
    entry?.transcripts.delete(key);
    // A broken file stays known, so that its fix is seen and its problem cleared.
    if (entry && entry.transcripts.size === 0 && !entry.reading && entry.read?.kind !== 'broken') this.entries.delete(rttm);
  }

  private entryFor(transcript: A): Entry<A> | undefined {
    const key = this.keyOf(transcript);
    const known = this.rttmOf.get(key);
    if (known !== undefined) {
      const entry = this.entries.get(known);
      if (entry) return entry;
    }
    const at = rttmBeside(this.host, transcript);
    if (at === undefined) return undefined;
    const rttm = this.keyOf(at);
    let entry = this.entries.get(rttm);
    if (!entry) this.entries.set(rttm, (entry = { at, transcripts: new Map() }));
    entry.transcripts.set(key, transcript);
    this.rttmOf.set(key, rttm);
    return entry;
  }

  private readAgain(entry: Entry<A>): Promise<void> {
    const run = (entry.reading ?? Promise.resolve()).then(() => this.read(entry));
    entry.reading = run;
    return run.finally(() => {
      if (entry.reading === run) delete entry.reading;
    });
  }

  private async read(entry: Entry<A>): Promise<void> {
    let version: string;
    let read: RttmRead;
    const shown = this.host.shown(entry.at);
    try {
      const info = (await this.knownAbsent(entry.at)) ? undefined : await this.host.stat(entry.at);
      if (!info || info.kind === 'folder') {
        version = '';
        read = { kind: 'none' };
      } else if (info.size > this.limit) {
        version = `too-large:${info.size}`;
        read = { kind: 'broken', message: `${shown}: the file is ${Math.round(info.size / 1048576)} MB; RTTM files are read up to ${this.limit / 1048576} MB` };
      } else {
        const bytes = await this.host.readBytes(entry.at);
        version = fingerprint(bytes);
        if (version === entry.version) return;
        read = readRttmBytes(shown, bytes);
      }
    } catch (e) {
      if (this.host.isMissing(e)) {
        version = '';
        read = { kind: 'none' };
      } else {
        version = `unreadable:${e instanceof Error ? e.message : String(e)}`;
        read = { kind: 'broken', message: `${shown} cannot be read: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    if (version === entry.version) return;
    const before = entry.read;
    entry.read = read;
    entry.version = version;
    // A transcript read while the first read was under way was read without speakers, as with no file.
    const hadStretches = before?.kind === 'read';
    const transcripts = hadStretches || read.kind === 'read' ? [...entry.transcripts.values()] : [];
    if (before === undefined && read.kind === 'none') return;
    this.onChange({ rttm: entry.at, read, transcripts });
  }
}
