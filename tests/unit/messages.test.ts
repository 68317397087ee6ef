import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptMessage, parseMessage } from '../../src/common/messages';

describe('messages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts well-formed messages of ours', () => {
    expect(parseMessage({ type: 'summit-lens/get-page-summary' })).toEqual({ type: 'summit-lens/get-page-summary' });
    expect(parseMessage({ type: 'summit-lens/jump-to', entityId: 'china', extra: 1 })).toEqual({ type: 'summit-lens/jump-to', entityId: 'china' });
    expect(parseMessage({ type: 'summit-lens/page-summary', summary: { url: 'https://x/', counts: [['china', 2]] } })).not.toBeNull();
  });

  it('rejects anything else', () => {
    for (const bad of [
      null,
      'summit-lens/get-page-summary',
      { type: 'summit-lens/unknown' },
      { type: 'summit-lens/jump-to' },
      { type: 'summit-lens/jump-to', entityId: '' },
      { type: 'summit-lens/lookup-selection', text: 'x'.repeat(501) },
      { type: 'summit-lens/page-summary', summary: { url: 'u', counts: [['china', -1]] } },
      { type: 'summit-lens/page-summary', summary: { url: 'u', counts: [['china']] } },
    ]) {
      expect(parseMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('trusts only the extension itself, and logs each kind of ignored message once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(acceptMessage({ type: 'summit-lens/get-stats' }, 'other-extension', 'me')).toBeNull();
    expect(acceptMessage({ type: 'summit-lens/get-stats' }, 'other-extension', 'me')).toBeNull();
    expect(acceptMessage({ type: 'nonsense' }, 'me', 'me')).toBeNull();
    expect(acceptMessage({ type: 'nonsense' }, 'me', 'me')).toBeNull();
    expect(acceptMessage({ type: 'summit-lens/get-stats' }, 'me', 'me')).toEqual({ type: 'summit-lens/get-stats' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toMatch(/^\[Summit Lens\] ignored a message from outside the extension/);
  });
});
