/**
 * The schemas the XML reader knows, tried in order: the first whose
 * recogniser accepts the root walks the record. A schema is one file and
 * one row, as a reader is in the registry.
 */
import { akomaNtoso } from './akomaNtoso';
import { australia } from './australia';
import { bundestag } from './bundestag';
import { canada } from './canada';
import type { XmlSchema } from './record';
import { speakerPost } from './speakerPost';
import { tei } from './tei';
import { ukCommons } from './ukCommons';
import { historicHansard, parlParse } from './ukHansard';

export const SCHEMAS: readonly XmlSchema[] = [bundestag, tei, akomaNtoso, australia, canada, historicHansard, ukCommons, parlParse, speakerPost];
