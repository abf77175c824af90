/**
 * Geographic coordinates to layout coordinates, with the Equal Earth projection (d3-geo is pure
 * math, no DOM). y grows northwards, as sigma's graph space does.
 */
import { geoEqualEarth } from 'd3-geo';

/** Scale so the world is about 1,000 units wide: the same order as the force layout. */
const projection = geoEqualEarth().scale(180).translate([0, 0]);

export function geoPosition(lat: number, lon: number): { x: number; y: number } {
  const p = projection([lon, lat]) ?? [0, 0];
  return { x: p[0], y: -p[1] };
}

/** The projection itself, for drawing the world outline with the same geometry. */
export function geoProjection() {
  return projection;
}
