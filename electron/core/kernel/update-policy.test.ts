import assert from 'node:assert/strict';
import { test } from 'node:test';
import { updatesDisabledReason } from './update-policy.ts';

test('updates run only in a packaged app with a publish target, unless switched off', () => {
  const packaged = { isPackaged: true, hasPublishConfig: true, env: {} };
  assert.equal(updatesDisabledReason(packaged), null);
  assert.equal(updatesDisabledReason({ ...packaged, isPackaged: false }), 'development build');
  assert.equal(updatesDisabledReason({ ...packaged, hasPublishConfig: false }), 'no publish target configured');
  assert.match(updatesDisabledReason({ ...packaged, env: { BROADSHEET_DISABLE_UPDATES: '1' } }) ?? '', /DISABLE/);
});
