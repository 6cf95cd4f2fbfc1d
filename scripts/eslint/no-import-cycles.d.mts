import type { ESLint, Rule } from 'eslint';

/** The rule: an import that leads back to the importing module is an error. */
export declare const noImportCycles: Rule.RuleModule;
/** The file an import names, or undefined when none exists. */
export declare function resolveImport(fromFile: string, specifier: string): string | undefined;
/** The relative imports a module's text makes, as written. */
export declare function importsIn(text: string): string[];
/** The plugin, as `eslint.config.mjs` wires it: `local/no-import-cycles`. */
declare const plugin: ESLint.Plugin;
export default plugin;
