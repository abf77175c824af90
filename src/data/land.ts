/**
 * The world's land outline (Natural Earth 1:110m, from world-atlas) as SVG path data in the
 * geographic layout's projected coordinates (y pointing down). Loaded on first use, once: the
 * map background draws it on a canvas, the vector export writes it into the file.
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { geoProjection } from '../model/projection';

let landPath: Promise<string | null> | null = null;
let loaded: string | null = null;

export function loadLandPath(): Promise<string | null> {
  landPath ??= import('world-atlas/land-110m.json').then(
    (module) => {
      const topology = (module.default ?? module) as unknown as Topology;
      const land = feature(topology, topology.objects.land!);
      loaded = geoPath(geoProjection())(land) || null;
      return loaded;
    },
    () => null,
  );
  return landPath;
}

/** The outline if it has been loaded already (the map shows it), for synchronous callers. */
export function landPathIfLoaded(): string | null {
  return loaded;
}
