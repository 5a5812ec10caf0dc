/**
 * HTML to plain text, for the headlines, texts, captions and credits of imported files. A small
 * tokenizer, not the page's parser: nothing is ever put into a document, so no script can run and
 * no image can load, and it works the same at build time in Node. Tags are dropped (the text of
 * `<script>` and `<style>` too), entities are decoded, paragraphs and line breaks become line
 * breaks and links keep their text.
 */

/** Latin-1's named entities, in code point order from U+00A0. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
/** Other entities common in published text. */
const OTHERS: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242,
  Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, rarr: 8594, minus: 8722,
};
const ENTITIES = new Map<string, number>([...LATIN1.split(' ').map((name, i): [string, number] => [name, 160 + i]), ...Object.entries(OTHERS)]);

/** Elements that end a line (a paragraph or item) where they open or close. */
const BLOCK = new Set('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tr ul'.split(' '));
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'head', 'iframe', 'object', 'svg', 'math']);

/** A tag, comment, declaration or processing instruction (attribute values may hold `>`). */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g;

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,7})|([a-zA-Z][a-zA-Z\d]{1,31}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) {
      const code = ENTITIES.get(name);
      return code === undefined ? whole : String.fromCodePoint(code);
    }
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    // NUL, surrogates and numbers past Unicode are replaced, as browsers do.
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * The text a reader sees in `html`: whitespace collapsed as in a browser, each block on a line of
 * its own and paragraphs separated by an empty line.
 */
export function htmlToText(html: string): string {
  let out = '';
  let hidden: string | null = null;
  let last = 0;
  const text = (chunk: string) => {
    if (!hidden) out += decodeEntities(chunk.replace(/[\t\n\f\r ]+/g, ' '));
  };
  for (const m of html.matchAll(MARKUP)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (hidden) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !m[3].trimEnd().endsWith('/')) hidden = name;
    // A list item starts a line; other blocks stand apart as paragraphs.
    else if (name === 'br' || (name === 'li' && !closing)) out += '\n';
    else if (BLOCK.has(name) && name !== 'li') out += '\n\n';
  }
  text(html.slice(last));
  return out
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** `html` as one line of plain text, for titles and labels. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ');
}
