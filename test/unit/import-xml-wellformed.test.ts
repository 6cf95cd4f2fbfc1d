/**
 * The exchange files' XML reader refuses what XML refuses, though the
 * tokenizer it is built on (htmlparser2's, in XML mode) is lenient as an
 * HTML tokenizer must be: each refusal says what is wrong, on which line and
 * in which column.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXml, XmlError } from '../../src/core/export/xmlRead';

/** Asserts that `xml` is refused with exactly `message` at `line` and `column`. */
function refuses(xml: string, line: number, column: number, message: string): void {
  assert.throws(
    () => parseXml(xml),
    (e: unknown) => {
      assert.ok(e instanceof XmlError, `not an XmlError: ${String(e)}`);
      assert.deepEqual([e.line, e.column, e.message], [line, column, `line ${line}, column ${column}: ${message}`]);
      return true;
    },
  );
}

describe('import: XML refused where it is wrong, with its line and column', () => {
  it('says the line and column of an end tag that closes the wrong element', () => {
    refuses('<Codes>\n  <Code name="a">\n  </Codes>', 3, 3, '</Codes> closes <Code>');
  });

  it('refuses an end tag that closes no open element, which an HTML parser would skip', () => {
    refuses('<Codes><Code/></Note></Codes>', 1, 15, '</Note> closes <Codes>');
  });

  it('refuses white space between </ and the name, and anything but white space before >', () => {
    refuses('<a></ a>', 1, 4, 'a name was expected after </');
    refuses('<a></a b>', 1, 8, "'>' expected after </a");
  });

  it('names the innermost element a cut-off file leaves open', () => {
    refuses('<Project>\n<Sources>\n<TextSource name="s">', 3, 1, '<TextSource> is not closed');
  });

  it('says which value a cut-off file leaves open, and refuses a tag cut off before its >', () => {
    refuses('<Project><Sources><TextSource guid="1', 1, 31, 'the value of guid is not closed');
    refuses('<Project><Sources', 1, 10, 'a tag is not closed');
  });

  it('refuses attributes without a quoted value', () => {
    refuses('<Code isCodable=true/>', 1, 7, 'the value of isCodable must be quoted');
    refuses('<Code isCodable/>', 1, 7, "'=' expected after the attribute isCodable");
  });

  it('refuses names that are not XML names, where the name stops being one', () => {
    refuses('<a><1b/></a>', 1, 5, 'a name was expected');
    refuses('<Code name"x"="1"/>', 1, 11, "'=' expected after the attribute name");
    refuses('<Co"de/>', 1, 4, "'>' expected after <Co");
    refuses('<a/ b="1">', 1, 3, 'a name was expected');
  });

  it('refuses markup an HTML tokenizer reads as a comment or an instruction', () => {
    refuses('<a><!ELEMENT a ANY></a>', 1, 4, "'<!' starts neither a comment nor a CDATA section");
    refuses('<a><!-- one --!> two --></a>', 1, 13, "a comment holds '--' (it ends at the first '-->')");
    refuses('<a><? x?></a>', 1, 4, 'a processing instruction has no target name');
    refuses('<a><!-- never closed</a>', 1, 4, 'a comment is not closed');
    refuses('<a><![CDATA[never closed</a>', 1, 4, 'a CDATA section is not closed');
    refuses('<![CDATA[x]]><a/>', 1, 1, 'a CDATA section outside the root element');
  });

  it('refuses a document type declaration wherever it stands', () => {
    refuses('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 1, 1, 'document type declarations are not accepted');
    refuses('<a>\n<!DOCTYPE a></a>', 2, 1, 'document type declarations are not accepted');
  });

  it('refuses a < in text or in a value', () => {
    refuses('<a>1 < 2</a>', 1, 6, 'a name was expected after <');
    refuses('<a b="1 < 2"/>', 1, 4, "the value of b holds a '<'");
  });

  it('points at the reference that is not one, in text and in values', () => {
    refuses('<a>ok &#0; no</a>', 1, 7, 'the character reference &#0; is not a character');
    refuses('<a b="ok &#xD800;"/>', 1, 10, 'the character reference &#xD800; is not a character');
    refuses('<a>&#X41;</a>', 1, 4, 'a bare & (write &amp;)');
    refuses('<a>Q & A</a>', 1, 6, 'a bare & (write &amp;)');
    refuses('<a>&nbsp;</a>', 1, 4, 'the entity &nbsp; is not defined');
  });

  it('refuses text around the root, a second root and a file with no element', () => {
    refuses('words <a/>', 1, 1, 'an element was expected');
    refuses('<a/>\nwords', 2, 1, 'text after the root element');
    refuses('<a/><b/>', 1, 5, 'text after the root element');
    refuses(' \n <!-- only a comment -->', 2, 25, 'the file holds no element');
  });

  it('reads 201 levels of elements and refuses 202, where the 202nd starts', () => {
    assert.equal(parseXml('<a>'.repeat(201) + '</a>'.repeat(201)).name, 'a');
    refuses('<a>'.repeat(202) + '</a>'.repeat(202), 1, 604, 'elements nest more than 200 deep');
  });

  it('counts lines after a CRLF once and columns after a byte order mark as if it were not there', () => {
    refuses('\ufeff<a>\r\n<b>\r\n</a>', 3, 1, '</a> closes <b>');
    refuses('\ufeff<a></b>', 1, 4, '</b> closes <a>');
    assert.deepEqual(parseXml('\ufeff<a>\r\n<b/>\r\n<c/></a>').children.map((c) => c.line), [2, 3]);
  });
});

describe('import: XML read as before', () => {
  it('reads a project of many elements without recursion, each on its line', () => {
    const many = 50_000;
    const root = parseXml('<Sources>\n' + '<PlainTextSelection guid="g" startPosition="1" endPosition="2"/>\n'.repeat(many) + '</Sources>');
    assert.equal(root.children.length, many);
    assert.equal(root.children[many - 1]!.line, many + 1);
  });

  it('keeps the whole text of an element, around its children, comments and instructions', () => {
    const root = parseXml('<a>one <b>inner</b>two<!-- x --> three<?pi data?><![CDATA[ & four]]></a>');
    assert.equal(root.text, 'one two three & four');
    assert.equal(root.children[0]!.text, 'inner');
  });

  it('keeps a namespace declaration by its full name and other attributes by their local names', () => {
    const root = parseXml('<q:Project xmlns="urn:a" xmlns:q="urn:b" q:name="P" origin="O"/>');
    assert.equal(root.name, 'Project');
    assert.deepEqual({ ...root.attributes }, { xmlns: 'urn:a', 'xmlns:q': 'urn:b', name: 'P', origin: 'O' });
  });

  it('refuses an attribute given twice, under two prefixes too', () => {
    refuses('<a x:k="1" y:k="2"/>', 1, 12, 'the attribute y:k is given twice');
  });
});
