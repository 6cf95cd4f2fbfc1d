/**
 * `transcript-annotator import <project.qdpx> -o <folder> [--force]`: a
 * REFI-QDA project's text sources become transcripts under the folder, each
 * with its sidecar, and its codes join the codebook (`<folder>/.transcripts/
 * codebook.yaml`, or the file given with --codebook); its cases and the notes
 * on no passage join `.transcripts/cases.yaml` and `.transcripts/notes.yaml`.
 * Nothing is written when a transcript or sidecar it would write is already
 * there, unless --force. Every import prints its full account. A `.qdc`
 * codebook alone is merged into the codebook.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CODEBOOK_PATH, DEFAULT_CATEGORIES, readCodebook } from '../core/annotations/codebook';
import { isSidecarPath, sidecarPath } from '../core/annotations/sidecarPaths';
import { plural } from '../core/export/exportData';
import { named } from '../core/export/importAccount';
import { accountText, codebookAfterImport, ProjectImportError } from '../core/export/importQdpx';
import { CodebookImportError, mergedCategories } from '../core/export/importQdc';
import { qdcImporter, qdpxImporter } from '../core/export/importers';
import { CASES_PATH, casesAfterImport, notesAfterImport, PROJECT_NOTES_PATH } from '../core/export/refiProjectFiles';
import { decodeText } from '../core/text';
import { CommandError, errno, readBytes, refuseReplacingInputs, writeAtomically } from './io';

export const IMPORT_USAGE = `  import <project.qdpx> -o <folder> [--force] [--codebook <file>]
                            Import a REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder):
                            each plain-text source becomes a transcript under <folder>
                            with its codings, notes and cases in its sidecar; the codes
                            join the codebook (default: <folder>/${CODEBOOK_PATH}), the
                            cases ${CASES_PATH}, notes on no passage ${PROJECT_NOTES_PATH}.
                            Prints what was read, kept, placed, orphaned and skipped.
  import <codebook.qdc> -o <folder> | --codebook <file>
                            Merge a REFI-QDA codebook into the workspace codebook.
      --force               Replace transcripts and sidecars that are already there.
`;

const MAX_PROJECT_BYTES = 1024 * 1024 * 1024;

function parse(args: string[]): { project: string; folder: string; force: boolean; codebook?: string } {
  let folder: string | undefined;
  let codebook: string | undefined;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`import: ${a} needs a value`, 2);
      return v;
    };
    if (a === '-o' || a === '--output') folder = value();
    else if (a === '--codebook') codebook = value();
    else if (a === '--force') force = true;
    else if (a.startsWith('-')) throw new CommandError(`import: unknown option ${a}`, 2);
    else files.push(a);
  }
  if (files.length !== 1) throw new CommandError(`import: expected one .qdpx project or .qdc codebook, got ${files.length}`, 2);
  // A codebook file named alone: no workspace folder, so no tags whose default categories must be kept.
  if (isCodebookFile(files[0]!) && !folder && codebook) return { project: files[0]!, folder: '', force, codebook };
  if (!folder) throw new CommandError(`import: -o <folder> is missing (${isCodebookFile(files[0]!) ? 'the workspace folder whose codebook it joins' : 'where the transcripts go'})`, 2);
  return { project: files[0]!, folder, force, ...(codebook ? { codebook } : {}) };
}

function isCodebookFile(file: string): boolean {
  return /\.qdc$/i.test(file);
}

function readOptional(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return decodeText(readFileSync(file)).text;
  } catch (e) {
    throw new CommandError(`${file}: cannot read it (${errno(e)})`);
  }
}

/** True when the folder (searched a few levels deep) holds a sidecar: tags already made there. */
function hasSidecars(folder: string, depth = 4): boolean {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    // No folder yet (or not readable): no tags to keep.
    return false;
  }
  return entries.some((e) => (e.isFile() && isSidecarPath(e.name)) || (e.isDirectory() && depth > 0 && !e.name.startsWith('.') && e.name !== 'node_modules' && hasSidecars(join(folder, e.name), depth - 1)));
}

/** Runs `import`; returns the exit code. */
export function runImport(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  try {
    return importCommand(args, write, writeError);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n${e.code === 2 ? `Usage:\n${IMPORT_USAGE}` : ''}`);
    return e.code;
  }
}

/** The codebook file there (its text, undefined when none) and its categories; refuses a codebook with errors, so that the import never rewrites one it misread. */
function currentCodebook(codebookFile: string, folder: string) {
  const existing = readOptional(codebookFile);
  const current = existing !== undefined && existing.trim() ? readCodebook(existing) : undefined;
  if (current?.problems.some((p) => p.severity === 'error')) {
    throw new CommandError(`${codebookFile}: fix the codebook before importing into it:\n${current.problems.map((p) => `${codebookFile}:${p.line}: ${p.message}`).join('\n')}`);
  }
  // Without a codebook file the folder's tags use the default categories: those made already keep theirs.
  const implicit = existing === undefined && folder !== '' && hasSidecars(folder) ? [...DEFAULT_CATEGORIES] : [];
  return { existing, categories: current?.categories ?? implicit };
}

function readInput(file: string): Buffer {
  return readBytes(file, '.qdpx project or .qdc codebook', MAX_PROJECT_BYTES);
}

/** `import <codebook.qdc>`: the codebook's codes merged into the workspace codebook, the categories there all kept. */
function importCodebookFile(o: ReturnType<typeof parse>, write: (s: string) => void): number {
  const bytes = readInput(o.project);
  const codebookFile = o.codebook ?? join(o.folder, ...CODEBOOK_PATH.split('/'));
  const { existing, categories } = currentCodebook(codebookFile, o.folder);
  let read;
  try {
    read = qdcImporter.read(decodeText(bytes).text, categories);
  } catch (e) {
    if (e instanceof CodebookImportError) throw new CommandError(`${o.project}: ${e.message}`);
    throw e;
  }
  const merged = mergedCategories(categories, read);
  const codebook = codebookAfterImport(existing, merged, basename(o.project));
  if (codebook !== undefined) writeAtomically(codebookFile, codebook, { makeFolders: true });
  const kept = read.categories.length - merged.newCategories;
  const sets = read.sets.length ? ` ${plural(read.sets.length, 'set')} of codes (${read.sets.map(named).join(', ')}) ${read.sets.length === 1 ? 'has' : 'have'} no place among categories and ${read.sets.length === 1 ? 'is' : 'are'} not kept.` : '';
  write(
    `Read ${plural(read.codes, 'code')} from ${o.project}: ${plural(merged.newCategories, 'new category', 'new categories')} ${codebook !== undefined ? `added to ${codebookFile}` : `(${codebookFile} already had every code)`}` +
      `${kept ? `; ${plural(kept, 'code')} named like a category there kept that category` : ''}${categories.length ? `; the ${plural(categories.length, 'category', 'categories')} already there ${categories.length === 1 ? 'is' : 'are all'} kept` : ''}.${sets}\n`,
  );
  return 0;
}

function importCommand(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  const o = parse(args);
  if (isCodebookFile(o.project)) return importCodebookFile(o, write);
  const bytes = readInput(o.project);
  if (existsSync(o.folder) && !statSync(o.folder).isDirectory()) throw new CommandError(`${o.folder}: is a file; give the folder the transcripts go to`, 2);
  const codebookFile = o.codebook ?? join(o.folder, ...CODEBOOK_PATH.split('/'));
  const { existing: existingCodebook, categories } = currentCodebook(codebookFile, o.folder);
  const casesFile = join(o.folder, ...CASES_PATH.split('/'));
  const notesFile = join(o.folder, ...PROJECT_NOTES_PATH.split('/'));
  let imported;
  try {
    imported = qdpxImporter.read(bytes, { now: new Date().toISOString(), current: categories, projectFile: basename(o.project) });
  } catch (e) {
    if (e instanceof ProjectImportError) throw new CommandError(`${o.project}: ${e.message}`);
    throw e;
  }
  for (const s of imported.skipped) writeError(`${o.project}: skipped the source "${s.name}": ${s.reason}.\n`);
  if (imported.transcripts.length === 0) throw new CommandError(`${o.project}: no plain-text source to import; nothing was written.\n${accountText(imported.account)}`);
  const targets = imported.transcripts.map((t) => ({ t, file: join(o.folder, ...t.path.split('/')), sidecar: join(o.folder, ...sidecarPath(t.path).split('/')) }));
  // The project and the codebook are read; the codebook alone is then updated in place, as meant.
  const read = [{ path: o.project }, { path: codebookFile }];
  for (const { file, sidecar } of targets) for (const output of [file, sidecar]) refuseReplacingInputs('import', output, read);
  refuseReplacingInputs('import', codebookFile, [{ path: o.project }]);
  if (!o.force) {
    const there = targets.flatMap((x) => [x.file, x.sidecar]).filter((f) => existsSync(f));
    if (there.length) throw new CommandError(`${there.slice(0, 3).join(', ')}${there.length > 3 ? ` and ${there.length - 3} more` : ''}: already there; add --force to replace them. Nothing was written.`);
  }
  // The cases and notes files are merged into what is there; one that cannot be read stops the import before anything is written.
  let cases: string | undefined;
  let notes: string | undefined;
  try {
    cases = casesAfterImport(readOptional(casesFile), imported.cases);
    notes = notesAfterImport(readOptional(notesFile), imported.projectNotes);
  } catch (e) {
    throw new CommandError(`${o.folder}: ${(e as Error).message} Nothing was written.`);
  }
  for (const { t, file, sidecar } of targets) {
    writeAtomically(file, t.text, { makeFolders: true });
    writeAtomically(sidecar, t.sidecar, { makeFolders: true });
  }
  const codebook = codebookAfterImport(existingCodebook, imported, basename(o.project));
  if (codebook !== undefined) writeAtomically(codebookFile, codebook, { makeFolders: true });
  for (const [file, text] of [[casesFile, cases], [notesFile, notes]] as const) {
    if (text === undefined) continue;
    writeAtomically(file, text, { makeFolders: true });
    imported.account.files.push(file);
  }
  const tags = imported.transcripts.reduce((n, t) => n + t.tags, 0);
  const parts = [
    `Imported ${plural(imported.transcripts.length, 'transcript')} with ${plural(tags, 'tag')} (${plural(imported.counts.codings, 'coding')}, ${plural(imported.counts.notes, 'note')}) into ${resolve(o.folder)}.`,
    codebook !== undefined ? `${plural(imported.newCategories, 'new category', 'new categories')} in ${codebookFile}.` : 'The codebook already had every code.',
  ];
  if (imported.skipped.length) parts.push(`${plural(imported.skipped.length, 'source')} skipped (named above).`);
  write(parts.join(' ') + '\n\n' + accountText(imported.account));
  return 0;
}
