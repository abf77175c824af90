/**
 * The keys of drawn nodes and edges, written and read in one place. They appear in the graph, in
 * links (`sel=agreement:nato`, `edge=t:USA>ISR`) and in exports, so their format is a public
 * interface:
 * - a state: its id (`FRA`); an agreement drawn as a hub: `agreement:<agreement id>`;
 * - arms from a supplier to a recipient: `t:<supplier>><recipient>`;
 * - an alliance tie of one agreement type between two states: `a:<A>|<B>|<type>`;
 * - a state's membership of a multilateral agreement drawn as a hub: `m:<agreement id>|<state>`
 *   (an agreement id may itself hold `|`: the state is after the last one).
 */
import { AGREEMENT_TYPES, type AgreementType } from './types';

export const HUB_PREFIX = 'agreement:';

export type NodeRef = { kind: 'country'; id: string } | { kind: 'agreement'; id: string };

export type EdgeRef =
  | { kind: 'transfer'; supplier: string; recipient: string }
  | { kind: 'alliance'; a: string; b: string; type: AgreementType }
  | { kind: 'member'; agreement: string; country: string };

export const hubKey = (agreementId: string): string => `${HUB_PREFIX}${agreementId}`;

export function nodeKey(node: NodeRef): string {
  return node.kind === 'agreement' ? hubKey(node.id) : node.id;
}

/** What a node key stands for: a hub's agreement, or a state. */
export function parseNodeKey(key: string): NodeRef {
  return key.startsWith(HUB_PREFIX)
    ? { kind: 'agreement', id: key.slice(HUB_PREFIX.length) }
    : { kind: 'country', id: key };
}

export const transferEdgeKey = (supplier: string, recipient: string): string =>
  `t:${supplier}>${recipient}`;
export const tieEdgeKey = (a: string, b: string, type: string): string => `a:${a}|${b}|${type}`;
export const memberEdgeKey = (agreementId: string, country: string): string =>
  `m:${agreementId}|${country}`;

export function edgeKey(edge: EdgeRef): string {
  switch (edge.kind) {
    case 'transfer':
      return transferEdgeKey(edge.supplier, edge.recipient);
    case 'alliance':
      return tieEdgeKey(edge.a, edge.b, edge.type);
    case 'member':
      return memberEdgeKey(edge.agreement, edge.country);
  }
}

/** What an edge key stands for; null when it is not one (nothing here checks the dataset). */
export function parseEdgeKey(key: string): EdgeRef | null {
  const body = key.slice(2);
  if (key.startsWith('t:')) {
    const parts = body.split('>');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    return { kind: 'transfer', supplier: parts[0], recipient: parts[1] };
  }
  if (key.startsWith('a:')) {
    const parts = body.split('|');
    if (parts.length !== 3 || !parts[0] || !parts[1]) return null;
    const type = AGREEMENT_TYPES.find((t) => t === parts[2]!.toLowerCase());
    return type ? { kind: 'alliance', a: parts[0], b: parts[1], type } : null;
  }
  if (key.startsWith('m:')) {
    const bar = body.lastIndexOf('|');
    if (bar <= 0 || bar === body.length - 1) return null;
    return { kind: 'member', agreement: body.slice(0, bar), country: body.slice(bar + 1) };
  }
  return null;
}
