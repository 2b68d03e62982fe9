import { DOCUMENT_LANGUAGE } from '../../document/model';
import type { PdfWriter } from './writer';

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  producer: string;
  /** Null leaves the dates out, as the document information does. */
  created: Date | null;
  /** A final document's content hash, or null. */
  contentHash: string | null;
  /** What the document is when it is not the MOU (DocumentMeta's `kind`), or null. */
  kind: string | null;
}

/** The namespace of our own properties; the .invalid domain is reserved, so it can name nothing else. */
export const CSEC_XMP_NAMESPACE = 'http://ns.csec-mou.invalid/1.0/';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The catalog's XMP metadata (ISO 32000-1 §14.3.2): the same title, author and dates as the
 * document information, and the PDF/UA identification (ISO 14289-1 §5) that says the file claims
 * to be accessible. Uncompressed, as readers and validators expect to find it.
 */
export function xmpMetadata(writer: PdfWriter, fields: XmpFields): number {
  const date = fields.created?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xml = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:csec="${CSEC_XMP_NAMESPACE}">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(fields.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escape(fields.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(fields.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${DOCUMENT_LANGUAGE}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${escape(fields.keywords)}</pdf:Keywords>
   <pdf:Producer>${escape(fields.producer)}</pdf:Producer>
   <xmp:CreatorTool>${escape(fields.producer)}</xmp:CreatorTool>${date ? `
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>` : ''}
   <pdfuaid:part>1</pdfuaid:part>${fields.contentHash ? `
   <csec:contentHash>${escape(fields.contentHash)}</csec:contentHash>` : ''}${fields.kind ? `
   <csec:document>${escape(fields.kind)}</csec:document>` : ''}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  return writer.stream('/Type/Metadata/Subtype/XML', new TextEncoder().encode(xml), false);
}
