/**
 * A `mailto:` draft built safely: every part percent-encoded (RFC 6068), line breaks as CRLF, and an
 * address kept only when it is one plain address, so no text can add recipients, headers or a body.
 */
const ADDRESS = /^[^\s@,;:<>()[\]\\"?&#%/]+@[^\s@,;:<>()[\]\\"?&#%/]+\.[^\s@,;:<>()[\]\\"?&#%/]+$/;

/** Whether a typed address is a single plain address the draft can carry. */
export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address.trim());
}

const encode = (text: string) => encodeURIComponent(text).replace(/%40/g, '@');

export function mailtoUrl(address: string, subject: string, body: string): string {
  const to = isPlainAddress(address) ? encode(address.trim()) : '';
  const oneLine = subject.replace(/[\r\n]+/g, ' ').trim();
  const crlf = body.replace(/\r\n?|\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(oneLine)}&body=${encodeURIComponent(crlf)}`;
}
