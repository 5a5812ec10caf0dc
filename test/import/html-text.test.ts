import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeEntities, htmlToLine, htmlToText } from '../../src/import/html-text.js';

describe('htmlToText', () => {
  it('drops tags, keeps the text of links, and makes paragraphs and line breaks into line breaks', () => {
    const html = '<p class="lead">Take <a href="https://example.org">Ada Lovelace</a>: she wrote<br>the first program.</p><p>Second <b>paragraph</b>.</p>';
    expect(htmlToText(html)).to.equal('Take Ada Lovelace: she wrote\nthe first program.\n\nSecond paragraph.');
  });

  it('collapses white space as a browser would, and puts list items on lines of their own', () => {
    expect(htmlToText('  one\n\n   two\t three ')).to.equal('one two three');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).to.equal('a\nb');
  });

  it('decodes named, decimal and hexadecimal references, and leaves unknown names as written', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &eacute;t&eacute; &mdash; &#8217; &#x1F600; &bogus;')).to.equal('<b> & "x" été — ’ 😀 &bogus;');
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).to.equal('\ufffd \ufffd \ufffd');
    expect(htmlToText('5&nbsp;km &ndash; Kursk')).to.equal('5 km – Kursk');
  });

  it('drops the content of scripts, styles and comments, and attributes that hold ">"', () => {
    expect(htmlToText('a<script>alert("x > y")</script>b<style>p{}</style>c<!-- hidden -->d')).to.equal('abcd');
    expect(htmlToText('<img alt="a > b" src=x onerror="alert(1)">caption')).to.equal('caption');
  });

  it('turns an escaped tag into text, never into markup', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reads a headline as one line', () => {
    expect(htmlToLine('<p>Putin and Kim</p><p>meet</p>')).to.equal('Putin and Kim meet');
  });

  it('never throws, and what it gives holds no markup that came from tags', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const text = htmlToText(s);
        expect(typeof text).to.equal('string');
      }),
    );
    const tag = fc.constantFrom('<script>', '</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</a>', '<p>', '<br/>', '<iframe src=//x>', '</iframe>', '<!--', '-->', '<svg onload=alert(1)>', '</svg>');
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 8 }).map((s) => s.replace(/[<&]/g, ''))), { maxLength: 30 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(text).not.to.match(/<(script|img|a |iframe|svg|p>|br)/i);
      }),
    );
  });
});
