// A small non-validating XML checker for the tests: one root element, tags nested and closed,
// attributes quoted and unique, no raw `<` or stray `&` in text or attribute values.

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function checkText(text: string, where: number): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) throw new Error(`bad entity at ${where + i}: ${text.slice(i, i + 12)}`);
  }
}

/** Throws with the position of the first problem; returns the root element's name. */
export function checkWellFormed(xml: string): string {
  let i = 0;
  const stack: string[] = [];
  let root: string | undefined;
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) throw new Error('unterminated XML declaration');
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    if (text.includes('>') && stack.length === 0) throw new Error(`stray > at ${i}`);
    checkText(text, i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new Error(`unterminated comment at ${lt}`);
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`unterminated tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.includes('<')) throw new Error(`"<" inside a tag at ${lt}`);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      // no match reads as an empty name, which NAME refuses
      const [, name = '', attributes = ''] = /^([^\s]+)([\s\S]*)$/.exec(body) ?? [];
      if (!NAME.test(name)) throw new Error(`bad element name at ${lt}: ${body.slice(0, 20)}`);
      const seen = new Set<string>();
      let rest = attributes;
      const attr = /^\s+([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
      for (let a = attr.exec(rest); a; a = attr.exec(rest)) {
        const attribute = a[1]!; // the name group is not optional
        if (seen.has(attribute)) throw new Error(`duplicate attribute ${attribute} at ${lt}`);
        seen.add(attribute);
        checkText((a[2] ?? a[3])!, lt); // one of the two quotings matched
        rest = rest.slice(a[0].length);
      }
      if (rest.trim() !== '') throw new Error(`bad attributes at ${lt}: ${rest.slice(0, 30)}`);
      if (stack.length === 0) {
        if (root !== undefined) throw new Error(`a second root element at ${lt}`);
        root = name;
      }
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]}>`);
  if (root === undefined) throw new Error('no root element');
  return root;
}
