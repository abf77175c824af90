/**
 * The hulls (or spokes, on the map) of the multilateral agreements in hull mode, in viewport
 * pixels as sigma draws the graph now: one function for the map background, the labels and the
 * vector export, so all three agree.
 */
import type { Aggregate } from '../../model/aggregate';
import type { ModelData } from '../../model/dataset';
import { agreementHulls, type AgreementHull } from '../../model/hull';
import type { EntenteSigma } from './sigmaTypes';

export function hullsOnScreen(
  sigma: EntenteSigma,
  data: ModelData,
  agg: Aggregate,
  layout: 'force' | 'geo',
): AgreementHull[] {
  const graph = sigma.getGraph();
  const position = (key: string) => {
    if (!graph.hasNode(key)) return null;
    const d = sigma.getNodeDisplayData(key);
    return d && !d.hidden ? sigma.framedGraphToViewport(d) : null;
  };
  return agreementHulls(data, agg.groups, position, {
    ...(layout === 'geo'
      ? {
          geo: {
            place: (i: number) => data.countries[i]!,
            toScreen: (p: { x: number; y: number }) => sigma.graphToViewport(p),
          },
        }
      : {}),
  });
}
