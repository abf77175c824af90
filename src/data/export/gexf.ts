/**
 * GEXF of the drawn graph, for Gephi: nodes with label, position, size and colour (viz), and the
 * attributes an analyst needs (kind, region, imports, exports, degree); edges with their weight,
 * colour and width and the figures behind them (deals, units, TIV, agreement type and names).
 * graphology-gexf's writer is imported on its own: its package entry also loads an XML parser.
 */
import write from 'graphology-gexf/common/writer.js';
import type { ModelData } from '../../model/dataset';
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from '../../model/graph';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from '../../model/types';

export interface GexfMeta {
  /** Written as the GEXF <description>, e.g. the live summary of the view. */
  description?: string;
  /** ISO date (YYYY-MM-DD) of the export. */
  date?: string;
}

const round = (x: number, digits = 3) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function graphToGexf(graph: EntenteGraph, data: ModelData, meta: GexfMeta = {}): string {
  const copy = graph.copy();
  copy.replaceAttributes({});
  copy.setAttribute('creator', 'Entente');
  if (meta.description) copy.setAttribute('description', meta.description);
  if (meta.date) copy.setAttribute('lastModifiedDate', meta.date);
  const agreementName = (i: number) => {
    const r = data.agreements[i]?.record;
    return r ? (r.shortName ?? r.name) : String(i);
  };
  return write<NodeAttributes, EdgeAttributes>(copy, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { x: round(a.x), y: round(a.y), size: round(a.size), color: a.color },
      attributes: {
        kind: a.nodeKind,
        region: a.region,
        imports: round(a.imports),
        exports: round(a.exports),
        degree: a.degree,
      },
    }),
    formatEdge: (_key, a) => {
      const type = a.edgeKind === 'transfer' ? null : AGREEMENT_TYPES[a.typeIndex];
      const attributes: Record<string, string | number> = { kind: a.edgeKind };
      if (a.edgeKind === 'transfer') {
        attributes.deals = a.deals;
        attributes.units = round(a.units);
        attributes.tiv = round(a.tiv);
      } else {
        attributes.agreementType = type ? AGREEMENT_TYPE_LABELS[type] : '';
        attributes.agreements = a.agreements.map(agreementName).join('; ');
      }
      return {
        weight: round(a.weight),
        viz: { color: a.color, thickness: round(a.size) },
        attributes,
      };
    },
  });
}
