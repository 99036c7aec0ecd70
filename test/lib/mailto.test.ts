import { describe, expect, it } from 'vitest';
import { isPlainAddress, mailtoUrl } from '../../src/lib/mailto';

describe('mailtoUrl', () => {
  it('encodes the subject and body, with CRLF line breaks', () => {
    const url = mailtoUrl('billing@example.com', 'Réclamation : 13,99 € & plus', 'Line 1\nLine 2?&cc=x@y.z\n\n100 % sure #1');
    expect(url).toBe(
      'mailto:billing@example.com?subject=R%C3%A9clamation%20%3A%2013%2C99%20%E2%82%AC%20%26%20plus&body=Line%201%0D%0ALine%202%3F%26cc%3Dx%40y.z%0D%0A%0D%0A100%20%25%20sure%20%231',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('body')).toBe('Line 1\r\nLine 2?&cc=x@y.z\r\n\r\n100 % sure #1');
    expect([...parsed.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('drops an address that could smuggle recipients or headers', () => {
    for (const bad of ['a@b.c?cc=evil@x.y', 'a@b.c,evil@x.y', 'a@b.c\r\nBcc: evil@x.y', 'Name <a@b.c>', 'a b@c.d', 'javascript:alert(1)', '']) {
      expect(isPlainAddress(bad)).toBe(false);
      expect(mailtoUrl(bad, 's', 'b').startsWith('mailto:?subject=')).toBe(true);
    }
    expect(isPlainAddress(' support@streamflix.example ')).toBe(true);
  });

  it('keeps the subject on one line', () => {
    expect(new URL(mailtoUrl('', 'A\r\nBcc: x@y.z', '')).searchParams.get('subject')).toBe('A Bcc: x@y.z');
  });
});
