import * as assert from './assert';
import { activateExtension } from './helpers';

suite('Extension', () => {
  test('the extension is loaded and activates', async () => {
    const extension = await activateExtension();
    assert.ok(extension.isActive, 'The extension did not become active.');
  });
});
