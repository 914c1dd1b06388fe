/**
 * Untrusted text on the way out. A headline, caption, image alt text and paragraph carrying
 * terminal escape sequences (CSI colours and cursor moves, OSC 8 hyperlinks, OSC 52
 * clipboard writes, BEL, the one-character C1 CSI U+009B and OSC U+009D, bidi overrides)
 * reach stdout neutralised in text, Markdown and every lint format, coloured or not; JSON
 * keeps the text exactly, escaped. Markdown turns page text into text: raw HTML, dangerous
 * links, autolinks, reference definitions, image syntax, comments and block markers stay
 * inert, and an image URL cannot end its link destination.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract, extractDraft, type ArticleRecord } from '../src/index.js';
import { toMarkdown } from '../src/export/markdown.js';
import { toText } from '../src/export/text.js';
import { sanitizeForTerminal } from '../src/util/terminal.js';
import { FIGURE, UNSAFE, checkMarkdown, checkMarkdownBody } from './helpers/markdown.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');
const E = '\u001b';

/** Every kind of sequence, around words that must survive ("MERAH", "klik", "kebalik"). */
const EVIL = [
  `${E}[38;5;196mMERAH${E}[0m`, // CSI colour
  `${E}[2J${E}[1;1H${E}[10A`, // clear screen, cursor home, cursor up
  `${E}]8;;https://evil.example/${E}\\klik${E}]8;;${E}\\`, // OSC 8 hyperlink
  `${E}]52;c;ZWNobyBoYWNrZWQ=\u0007`, // OSC 52 clipboard write, BEL-terminated
  'bunyi\u0007', // BEL
  '\u009b38;5;196mC1\u009b0m', // C1 CSI
  '\u009d0;judul palsu\u009c', // C1 OSC ... ST
  '\u202ekebalik\u202c \u2066isolasi\u2069', // bidi override, isolate
].join(' ');

/** kliping's own colours (chalk level 1): SGR with these parameters only. */
const OWN_SGR = new Set(['0', '1', '2', '4', '22', '24', '31', '32', '33', '34', '36', '39', '90']);

const PAD = 'Warga Kabupaten Banjar memadati halaman kantor bupati sejak pagi untuk mengikuti rapat dengar pendapat. ';

/** A page: the hostile text in the title/h1, a paragraph, a caption (dated a year off, so lint quotes it) and the alt text. */
const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="description" content="${PAD.repeat(40)}">
<title>Judul ${EVIL}</title></head><body><article class="post"><h1 class="entry-title">Judul ${EVIL}</h1>
<div class="entry-content">
<p>MARTAPURA, Katajari.com – Rapat digelar Selasa (22/10/2024) siang ${EVIL} di aula.</p>
<figure class="wp-block-image"><img src="https://katajari.com/foto/rapat.jpg" alt="Foto ${EVIL}"><figcaption>Suasana rapat, Selasa (22/10/2023) ${EVIL}. (Foto: Humas)</figcaption></figure>
<p>${PAD.repeat(3)}</p>
<p>Paragraf penutup ${EVIL} yang cukup panjang untuk dianggap bagian dari isi artikel ini. (kjc)</p>
</div></article></body></html>
`;

const DRAFT = `# Judul ${EVIL}

MARTAPURA – Rapat digelar Selasa (22/10/2024) siang ${EVIL} di aula.

![Foto ${EVIL}](https://katajari.com/foto/rapat.jpg)
*Suasana rapat, Minggu (22/10/2024) ${EVIL}. (Foto: Humas)*

${PAD.repeat(3)}
`;

const dir = mkdtempSync(join(tmpdir(), 'kliping-output-'));
const pagePath = join(dir, 'jahat.html');
const draftPath = join(dir, 'jahat.md');
writeFileSync(pagePath, PAGE);
writeFileSync(draftPath, DRAFT);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** Output for a terminal: nothing from the page that a terminal acts on; only kliping's own colours. */
function expectNeutral(out: string, { ownColour = false } = {}): void {
  const withoutOwn = out.replace(/\u001b\[([\d;]*)m/g, (seq, params: string) => (ownColour && OWN_SGR.has(params) ? '' : seq));
  expect(withoutOwn).not.toMatch(UNSAFE);
}

describe('terminal escapes from a page', () => {
  const lib = extract(Buffer.from(PAGE), { source: pagePath });

  it('the page is read (not refused as binary) and the record keeps the words', () => {
    expect(lib.headline).toContain('MERAH');
    expect(lib.captions).toHaveLength(1);
    // Every string of the record is clean text: escape sequences go whole, the words stay.
    for (const value of [lib.headline, lib.text, lib.captions[0].text, lib.captions[0].alt]) {
      expect(value).not.toMatch(UNSAFE);
      expect(value).not.toContain('38;5;196m');
    }
    expect(lib.captions[0].alt).toMatch(/^Foto MERAH .*klik/);
    expect(lib.findings.map((f) => f.rule)).toContain('weekday-mismatch');
  });

  it('extract -f text: neutralised, the words kept', async () => {
    const r = await run(['extract', '-f', 'text', pagePath]);
    expect(r.code).toBe(0);
    expectNeutral(r.stdout);
    for (const word of ['MERAH', 'klik', 'bunyi', 'kebalik', 'isolasi']) expect(r.stdout).toContain(word);
  });

  it('extract -f md: neutralised (alt text too), and still inert Markdown', async () => {
    const r = await run(['extract', '-f', 'md', pagePath]);
    expect(r.code).toBe(0);
    checkMarkdown(r.stdout);
    expect(r.stdout).toMatch(/^!\[Foto MERAH .*klik.*\]\(https:\/\/katajari\.com\/foto\/rapat\.jpg\)$/m);
  });

  it('extract -f json and -f jsonl: every control escaped, the text exactly that of the record', async () => {
    for (const format of ['json', 'jsonl']) {
      const r = await run(['extract', '-f', format, pagePath]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(UNSAFE);
      expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
      expect(r.stdout).not.toMatch(/\\u001b|\\u009b|\\u202e/);
      const parsed = JSON.parse(r.stdout) as ArticleRecord | ArticleRecord[];
      const record = Array.isArray(parsed) ? parsed[0] : parsed; // -f json: a list of one
      expect(record.captions[0].alt).toBe(lib.captions[0].alt);
      expect(record.headline).toBe(lib.headline);
      expect(record.paragraphs).toEqual(lib.paragraphs);
    }
  });

  it('kliping lint (stylish), without colour and with FORCE_COLOR: neutralised; only kliping colours', async () => {
    for (const env of [{ NO_COLOR: '1' }, {}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      const r = await run(['lint', pagePath], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('error[weekday-mismatch]');
      // The quoted source line is the caption's, escapes and all: they are gone, the words stay.
      expect(r.stdout.replace(/\u001b\[[\d;]*m/g, '')).toMatch(/\| .*Selasa \(22\/10\/2023\).*MERAH/);
      expectNeutral(r.stdout, { ownColour: 'FORCE_COLOR' in env });
      if ('FORCE_COLOR' in env) expect(r.stdout).toContain(`${E}[31m`);
      else expect(r.stdout).not.toContain(E);
    }
  });

  it('kliping lint -f unix, github, json, sarif: neutralised or escaped', async () => {
    for (const format of ['unix', 'github', 'json', 'sarif']) {
      const r = await run(['lint', '-f', format, pagePath], { FORCE_COLOR: '1' });
      expect(r.code).toBe(1);
      expectNeutral(r.stdout);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('a draft with the same text: lint stylish and unix neutralised', async () => {
    expect(extractDraft(DRAFT, { source: 'd.md' }).record.headline).toContain('MERAH');
    for (const args of [
      ['lint', draftPath],
      ['lint', '-f', 'unix', draftPath],
      ['lint', '-f', 'sarif', draftPath],
    ]) {
      const r = await run(args, { FORCE_COLOR: '1' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('weekday-mismatch');
      expectNeutral(r.stdout, { ownColour: args.length === 2 });
    }
  });

  it('a file name with escapes in it is neutralised on stderr too', async () => {
    const name = join(dir, `hilang-${E}]52;c;AAAA\u0007-\u009b2J-\u202e.html`);
    const r = await run(['extract', name]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expectNeutral(r.stderr);
    expect(r.stderr).toMatch(/^kliping: .*hilang-.*: no such file\n$/);
  });
});

/** A record of our own, for the exporters. */
function record(fields: Partial<ArticleRecord>): ArticleRecord {
  const base = extract('<p>x</p>', { url: 'https://katajari.com/2024/10/uji/', lint: false });
  return { ...base, headline: 'Judul', paragraphs: [], captions: [], ...fields, text: (fields.paragraphs ?? []).join('\n\n') };
}

function body(md: string): string {
  checkMarkdown(md);
  return md.slice(md.indexOf('\n---\n', 4) + 5);
}

describe('Markdown export of hostile text', () => {
  it.each([
    ['raw HTML', '<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="javascript:alert(1)"></iframe>'],
    ['an HTML comment and CDATA', 'sebelum <!-- <script>alert(1)</script> --> sesudah <![CDATA[ x ]]>'],
    [
      'inline links with dangerous schemes',
      '[klik](javascript:alert(1)) [a](JaVaScRiPt:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:msgbox(1)) [d](file:///etc/passwd)',
    ],
    ['autolinks', '<javascript:alert(1)> <data:text/html,x> <https://evil.example/>'],
    ['a link reference definition and its use', '[x]: javascript:alert(1)\n\n[klik][x] [x]'],
    ['image syntax', '![foto](javascript:alert(1)) ![x](https://evil.example/track.gif)'],
    ['entities that spell a scheme', '[a](&#106;avascript:alert(1)) [b](javascript&#58;alert(1)) &lt;script&gt;'],
    ['escape sequences that would join a backslash to a bracket', `${E}[klik${E}](javascript:alert(1)) \u009b[a\u009b](javascript:alert(1)) ${E}<script>`],
    ['block markers and fences', '---\n# judul palsu\n- butir\n1. satu\n> kutipan\n    kode\n```\n~~~\n| a | b |\n|---|---|\n==='],
  ])('%s stays text', (_name, text) => {
    for (const md of [
      toMarkdown(record({ headline: text, paragraphs: [text, `awal ${text}`] })),
      toMarkdown(record({ captions: [{ text, credit: null, date: null, image: 'https://katajari.com/a.jpg', alt: text, paragraphIndex: 0 }] })),
      // As a heading, list items, a table row and a quote.
      toMarkdown(
        record({
          paragraphs: [text, text, text, text, text],
          blocks: [
            { kind: 'heading', level: 2 },
            { kind: 'item', ordered: false, depth: 1 },
            { kind: 'item', ordered: true, depth: 2 },
            { kind: 'row', cells: [text, `| ${text}`], header: true },
            { kind: 'quote' },
          ],
        }),
      ),
    ]) {
      const b = body(md);
      // Nothing page-controlled became a link: the only unescaped "[" opens kliping's own figure.
      for (const line of b.split('\n')) if (/(^|[^\\])\[/.test(line)) expect(line).toMatch(FIGURE);
      expect(b).not.toMatch(/(?:^|[^\\])\]\((?!https:\/\/katajari\.com\/a\.jpg\))/m);
    }
  });

  it('the words of escaped text are still there to read', () => {
    const b = body(toMarkdown(record({ paragraphs: ['[klik](javascript:alert(1)) <b>tebal</b> *bintang* _garis_'] })));
    expect(b).toContain('\\[klik\\](javascript&#58;alert(1)) &lt;b&gt;tebal&lt;/b&gt; \\*bintang\\* \\_garis\\_');
  });

  it('an image URL with ")" or spaces cannot end the link destination; only http(s) images are shown', () => {
    const captions = [
      'https://katajari.com/foto/a b).jpg?x=") [y](javascript:alert(1))',
      "https://katajari.com/foto/<tag>\\`x`'.jpg",
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      '//evil.example/protocol-relative.jpg',
      'not a url',
    ].map((image, i) => ({ text: `Foto ${i}`, credit: null, date: null, image, alt: 'alt', paragraphIndex: 0 }));
    const b = body(toMarkdown(record({ captions })));
    const figures = b.split('\n').filter((l) => l.startsWith('!['));
    expect(figures).toHaveLength(2);
    for (const f of figures) expect(f).toMatch(FIGURE);
    expect(figures[0]).toBe('![alt](https://katajari.com/foto/a%20b%29.jpg?x=%22%29%20[y]%28javascript:alert%281%29%29)');
    // Every caption is still shown, as text.
    for (let i = 0; i < captions.length; i++) expect(b).toContain(`*Foto ${i}*`);
  });

  it('a multi-line paragraph cannot start a block of its own, nor fake the record separator', () => {
    const b = body(toMarkdown(record({ paragraphs: ['satu\n\n---\n\n# dua\n\n- tiga\n\n<div>empat</div>'] })));
    expect(b.split('\n').filter(Boolean)).toEqual(['# Judul', 'satu --- # dua - tiga &lt;div&gt;empat&lt;/div&gt;']);
  });

  it('front matter: controls leave the values, not the YAML, which stays YAML with the same text', () => {
    // Removing U+202D after YAML quoting would leave a plain scalar starting with "&" (an anchor).
    const headline = '\u202d&anchor *alias !tag `x` \u001b[31m: # bukan komentar';
    const md = toMarkdown(record({ headline, url: `https://katajari.com/\u009b31m?q=${E}]52;c;AA\u0007` }));
    checkMarkdown(md);
    const front = parseYaml(md.slice(4, md.indexOf('\n---\n', 4))) as { title: string; url: string };
    expect(front.title).toBe(sanitizeForTerminal(headline));
    expect(front.url).toBe('https://katajari.com/?q=');
  });

  it('text export: neutralised, words kept', () => {
    const out = toText(record({ headline: `Judul ${EVIL}`, paragraphs: [EVIL] }));
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('MERAH');
  });

  it('Markdown of the hostile page, through extract(): inert', () => {
    checkMarkdownBody(body(toMarkdown(extract(PAGE, { url: 'https://katajari.com/2024/10/uji/' }))));
  });
});
