import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import local from './scripts/eslint/no-import-cycles.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/harness/**', '.harness/**', '.vscode-test*/**', 'out/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { local },
    rules: {
      // Import loops are design errors: the shared part belongs in a module below both.
      'local/no-import-cycles': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core is shared with the command line and unit-tested in plain Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core never imports vscode.' }], patterns: ['node:*', 'fs', 'path'] }],
    },
  },
  {
    // Extension code runs in the web host too: files go through vscode.workspace.fs.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/index.ts', 'src/cli/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os'] }],
      // One way to reach files: the seam (src/documents/hostFiles.ts), which alone calls vscode.workspace.fs.
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.type='MemberExpression'][object.object.name='vscode'][object.property.name='workspace'][property.name='fs']", message: 'Reach files through hostFiles (src/documents/hostFiles.ts), the one seam over vscode.workspace.fs.' }],
    },
  },
  {
    files: ['src/documents/hostFiles.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
