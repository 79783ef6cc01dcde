import { describe, expect, it } from 'vitest';
import { anchorsOf, cssUrls, decodeEntities, isInlineScript, srcsetUrls, tags } from '../../../../src/build/checks/html.ts';

describe('HTML tokenizer for built pages', () => {
  it('reads attributes in double, single and no quotes, with names lower-cased', () => {
    const [a] = tags(`<A HREF="/x/" data-x='1' hidden title=t>`);
    expect(a!.name).toBe('a');
    expect([...a!.attrs]).toEqual([['href', '/x/'], ['data-x', '1'], ['hidden', ''], ['title', 't']]);
  });

  it('keeps a > inside a quoted value within the tag', () => {
    expect(tags('<a title="a > b" href="/y/">').map((t) => t.attrs.get('href'))).toEqual(['/y/']);
  });

  it('decodes character references in values', () => {
    expect(tags('<a href="/q/?a=1&amp;b=&#50;">')[0]!.attrs.get('href')).toBe('/q/?a=1&b=2');
    expect(decodeEntities('&lt;&#x40;&gt;&unknown;')).toBe('<@>&unknown;');
  });

  it('decodes every named reference a browser knows, so a hidden number cannot slip past the scans', () => {
    // &hyphen; and &period; were missing from the hand-written table this replaced.
    expect(decodeEntities('139&hyphen;0000&period;&ensp;&mdash;&hellip;')).toBe('139\u20100000.\u2002\u2014\u2026');
  });

  it('keeps a bare reference in an attribute as written, the way browsers read query strings', () => {
    expect(tags('<a href="/q/?x=1&copy=2">')[0]!.attrs.get('href')).toBe('/q/?x=1&copy=2');
  });

  it('takes the raw text of a script and finds no tags inside it', () => {
    const all = tags('<script>if (a < b) document.write("<img src=x>")</script><p id="after">');
    expect(all.map((t) => t.name)).toEqual(['script', 'p']);
    expect(all[0]!.text).toBe('if (a < b) document.write("<img src=x>")');
  });

  it('skips comments', () => {
    expect(tags('<!-- <a href="/old/"> --><b>').map((t) => t.name)).toEqual(['b']);
  });

  it('collects ids and <a name> as anchors', () => {
    expect([...anchorsOf('<h2 id="s1"></h2><a name="old"></a><p name="not-an-anchor">')]).toEqual(['s1', 'old']);
  });

  it('tells scripts the browser runs from data blocks', () => {
    const kinds = tags('<script>1</script><script type="module">2</script><script type="application/ld+json">{}</script><script src="/a.js"></script>').map(isInlineScript);
    expect(kinds).toEqual([true, true, false, false]);
  });

  it('splits srcset candidates and finds url() and @import in CSS', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(cssUrls(`@import "x.css"; a{background:url('/i.png')} b{src:url(f.woff2)}`)).toEqual(['/i.png', 'f.woff2', 'x.css']);
  });
});
