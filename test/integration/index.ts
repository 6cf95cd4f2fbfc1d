/**
 * Entry point of the integration suite, loaded by the extension host under
 * test: a web worker in VS Code for the Web, a Node process in code-server and
 * desktop VS Code. The same bundle runs in both, so it uses mocha's browser
 * build (no `require`, no file system) and adds the suites by importing them.
 *
 * Every line it prints goes to the harness through `console.log`; the last one
 * is a `[integration] result {...}` line that the harness reads the counts from.
 */
import * as vscode from 'vscode';

/** Where this suite runs: which extension host, under which workbench. */
function describeHost(): { lane: 'web' | 'node'; text: string } {
  const nodeVersion = typeof process !== 'undefined' ? process.versions?.node : undefined;
  const lane = nodeVersion ? 'node' : 'web';
  const ui = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  const host = nodeVersion ? `Node ${nodeVersion} extension host` : 'web worker extension host';
  return { lane, text: `${host}, ${vscode.env.appName} ${vscode.version}, ${ui} UI, appHost ${vscode.env.appHost}` };
}

/** A mocha reporter that prints each test's result as it finishes. */
const consoleReporter = () => class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.title) console.log(`${suite.title}`);
    });
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      console.log(`  ✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      console.log(`  ✗ ${test.fullTitle()}\n${indent(err.stack || String(err))}`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      console.log(`  - ${test.title} (skipped)`);
    });
  }
};

function indent(text: string): string {
  return text.split('\n').map((line) => `      ${line}`).join('\n');
}

export async function run(): Promise<void> {
  const host = describeHost();
  console.log(`[integration] running in the ${host.text}`);

  // Mocha's browser build needs no module loader and defines the global
  // `Mocha`. It is a UMD script in a `"type": "module"` package, so the bundle
  // runs it unwrapped and its `module.exports = mocha` hits this bundle's own
  // exports: loading it here, after the host has taken `run`, keeps that harmless.
  await import('mocha/mocha.js');
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, reporter: consoleReporter() });
  // What `mocha.setup` does in a page: put `suite`, `test`, ... on the global.
  mocha.suite.emit('pre-require', globalThis, '', mocha);

  await import('./extension.test');
  await import('./language.test');
  await import('./symbols.test');
  await import('./folding.test');
  await import('./navigation.test');
  await import('./tagging.test');
  await import('./sidecar-merge.test');
  await import('./tree.test');
  await import('./export.test');
  await import('./formats.test');
  await import('./diarisation.test');
  await import('./agreement.test');
  await import('./team.test');
  await import('./media.test');
  await import('./suggestions.test');
  await import('./services.test');
  await import('./documents.test');
  await import('./report.test');

  const started = Date.now();
  const stats = await new Promise<Mocha.Stats | undefined>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  const passed = stats?.passes ?? 0;
  const failed = stats?.failures ?? 0;
  const result = { lane: host.lane, passed, failed, pending: stats?.pending ?? 0, ms: Date.now() - started };
  console.log(`[integration] result ${JSON.stringify(result)}`);

  if (failed > 0) throw new Error(`${failed} of ${passed + failed} integration tests failed in the ${host.lane} host.`);
  if (passed === 0) throw new Error(`No integration test ran in the ${host.lane} host.`);
}
