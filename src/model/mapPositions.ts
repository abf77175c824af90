/**
 * Node positions of the geographic layout, for every node that can ever be drawn: each state at
 * its projected capital (or centre), each agreement's hub at the centre of its members. Computed
 * once per dataset (see datasetFigures.ts), so filters and play only show and hide nodes.
 */
import type { ModelData } from './dataset';
import { groupHubPosition } from './geoGroups';
import { hubKey } from './keys';
import { geoPosition } from './projection';

export type Positions = Map<string, { x: number; y: number }>;

export function geoPositions(data: ModelData): Positions {
  const positions: Positions = new Map();
  for (const c of data.countries) positions.set(c.id, geoPosition(c.lat, c.lon));
  for (const a of data.agreements) {
    // A hub sits at the centre of its members (of the largest cluster of them, when they are
    // scattered over the world), nudged north so it does not hide one of them.
    const hub = groupHubPosition(a.members.map((m) => data.countries[m.country]!));
    if (hub) positions.set(hubKey(a.record.id), hub);
  }
  return positions;
}
