/** The command line's version: only this field of package.json goes into the bundle. */
import { version } from '../../package.json';

/** The version the command line prints and writes into exports. */
export const VERSION: string = version;
