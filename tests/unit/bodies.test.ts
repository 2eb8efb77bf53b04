/**
 * A text's body as the page shows it: Markdown and the notice, and nothing a text could smuggle in
 * past the checker (which sees "<" in code or after a backslash as text, as the renderer must).
 */
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../src/checks/mdx.ts';
import { markdownToHtml } from '../../src/view/bodies.ts';
import { localeConfig } from '../../src/i18n/locales.ts';

/** The checker passes the text, and the page shows this HTML. */
async function shown(body: string): Promise<string> {
  expect(checkMdx('text.mdx', body, 1)).toEqual([]);
  return markdownToHtml(body);
}

describe("a text's body", () => {
  it('shows Markdown: emphasis, lists, links, phone links', async () => {
    const html = await shown(
      'Call **192** or see [the police](https://www.mup.gov.rs/).\n\n- first\n- [phone](tel:+381112345678)\n',
    );
    expect(html).toContain('<strong>192</strong>');
    expect(html).toContain('<a href="https://www.mup.gov.rs/">the police</a>');
    expect(html).toContain('<a href="tel:+381112345678">phone</a>');
    expect(html).toContain('<li>first</li>');
  });

  it('shows a <Note> as a notice, a warning when it says so, its Markdown still Markdown', async () => {
    expect(await shown('<Note>\n\nPlease **ask** first.\n\n</Note>\n')).toContain(
      '<div class="notice" role="note"><p>Please <strong>ask</strong> first.</p></div>',
    );
    expect(await shown("<Note kind='warning'>\n\nCareful.\n\n</Note>\n")).toContain(
      '<div class="notice notice--warning" role="note">',
    );
  });

  it('keeps HTML inside code as text', async () => {
    const html = await shown(
      'Text `<Note><script>alert(1)</script>` end.\n\n```\n<Note>\n<iframe src="https://example.org"></iframe>\n```\n',
    );
    expect(html).not.toMatch(/<(script|iframe|div)/);
    expect(html).toContain('&#x3C;script>');
  });

  it('keeps an escaped "<" as text', async () => {
    const html = await shown('Write \\<Note> to make a note.\n');
    expect(html).toBe('<p>Write &#x3C;Note> to make a note.</p>');
  });

  it('drops a link with an unsafe scheme, should one reach it', async () => {
    const html = await markdownToHtml('[x](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
  });

  it('refuses a component other than <Note>, should one reach it', async () => {
    await expect(markdownToHtml('<Script>x</Script>')).rejects.toThrow(/<Script> is not a component/);
    await expect(markdownToHtml('A {1 + 1} sum.')).rejects.toThrow(/no code/);
  });

  it("prints straight double quotes as the language's quotation marks, and an apostrophe as ’", async () => {
    expect(await markdownToHtml('Питајте за "пратњу".', 'text', localeConfig('sr-Cyrl').quotes)).toBe(
      '<p>Питајте за „пратњу“.</p>',
    );
    expect(await markdownToHtml('Ask for "someone to go with you".', 'text', localeConfig('en').quotes)).toBe(
      '<p>Ask for “someone to go with you”.</p>',
    );
    expect(await markdownToHtml('Pyetni t\'ju ndihmojnë "falas".', 'text', localeConfig('sq').quotes)).toBe(
      '<p>Pyetni t’ju ndihmojnë „falas“.</p>',
    );
  });
});
