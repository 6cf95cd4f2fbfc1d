/** Recognising a web page cheaply, without the parser: its name, or `<!doctype html` / `<html` at its head. */

/** True when a file's name or its decoded head says a web page. */
export function sniffHtml(fileName: string | undefined, textHead: string | undefined): boolean {
  if (fileName && /\.(?:html?|xhtml)$/i.test(fileName)) return true;
  if (!textHead) return false;
  const body = textHead.replace(/^\ufeff/, '').replace(/^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)+/, '');
  return /^<!doctype\s+html\b/i.test(body) || /^<html[\s>]/i.test(body);
}
