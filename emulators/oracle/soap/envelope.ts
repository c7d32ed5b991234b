import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { oracleErrors } from './oracle-error';

export const soapEnvelopeNs = 'http://schemas.xmlsoap.org/soap/envelope/';

/** An element as read: child elements by local name (in document order), attributes, text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return null;
  const content = node[name];
  const nodes = Array.isArray(content) ? (content as OrderedNode[]) : [];
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[':@'] ?? {}))
    if (!key.startsWith('xmlns')) attributes[key] = String(value);
  return {
    name,
    attributes,
    text: nodes
      .map((child) => (child['#text'] === undefined ? '' : String(child['#text'])))
      .join(''),
    children: nodes.map(toElement).filter((child): child is XmlElement => child !== null),
  };
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

export interface SoapRequest {
  /** The body's one element, the operation's input (`ContactQueryPage_Input`). */
  input: XmlElement;
  /** The WS-Security UsernameToken, when the request carries one. */
  usernameToken: { username: string; password: string } | null;
}

/** Reads a SOAP 1.1 envelope; anything else is Oracle's "not well formed" fault. */
export function readSoapRequest(body: Buffer): SoapRequest {
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(body.toString('utf8')) as OrderedNode[];
  } catch (error) {
    throw oracleErrors.malformed(
      error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable XML',
    );
  }
  const envelope = nodes.map(toElement).find((element) => element?.name === 'Envelope');
  if (!envelope) throw oracleErrors.malformed('no SOAP Envelope');
  const input = child(envelope, 'Body')?.children[0];
  if (!input) throw oracleErrors.malformed('the SOAP Body is empty');
  const token = child(envelope, 'Header')
    ?.children.find((element) => element.name === 'Security')
    ?.children.find((element) => element.name === 'UsernameToken');
  return {
    input,
    usernameToken: token
      ? {
          username: child(token, 'Username')?.text ?? '',
          password: child(token, 'Password')?.text ?? '',
        }
      : null,
  };
}

/** A SOAP envelope whose body holds one element; `fill` writes its content. */
export function soapResponse(
  namespace: string,
  outputName: string,
  fill: (output: XMLBuilder) => void,
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const output = doc
    .ele(soapEnvelopeNs, 'SOAP-ENV:Envelope')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsd', 'http://www.w3.org/2001/XMLSchema')
    .ele(soapEnvelopeNs, 'SOAP-ENV:Body')
    .ele(namespace, `ns:${outputName}`);
  fill(output);
  return doc.end({ prettyPrint: false });
}
