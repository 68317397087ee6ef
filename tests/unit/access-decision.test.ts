import { describe, expect, it } from 'vitest';
import { decideAccess, originPatternOf, originsToRequest } from '../../src/popup/access-decision';

describe('site access decisions', () => {
  it('names the site to request, or all sites when the address is hidden', () => {
    expect(originPatternOf('https://www.example.com/news/1?x#y')).toBe('https://www.example.com/*');
    expect(originPatternOf('http://127.0.0.1:8080/demo/')).toBe('http://127.0.0.1/*');
    expect(originPatternOf('file:///home/me/page.html')).toBe('file:///*');
    expect(originPatternOf('chrome://extensions')).toBeNull();
    expect(originPatternOf('not a url')).toBeNull();
    expect(originsToRequest(undefined)).toEqual(['<all_urls>']);
  });

  it('explains file URLs in Chrome before anything else', () => {
    expect(decideAccess('file:///tmp/a.html', false, true)).toEqual({ kind: 'file-urls-off' });
    expect(decideAccess('file:///tmp/a.html', true, true)).toEqual({ kind: 'granted' });
  });

  it('asks for the missing access, with the hostname when known', () => {
    expect(decideAccess('https://news.example/a', true, false)).toEqual({
      kind: 'missing',
      origins: ['https://news.example/*'],
      hostname: 'news.example',
    });
    expect(decideAccess(undefined, true, false)).toEqual({ kind: 'missing', origins: ['<all_urls>'], hostname: null });
    expect(decideAccess('https://news.example/a', true, true)).toEqual({ kind: 'granted' });
  });
});
