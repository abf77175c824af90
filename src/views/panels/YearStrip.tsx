/**
 * The pair view's year strip: deliveries as bars, one per year, as high as the deals delivering
 * that year (full colour when the network draws them now, pale otherwise), orders as small
 * triangles under the line, shared agreements as bars in their type's colour, the selected
 * period as a band. Geometry comes from model/yearStrip.ts; this only maps it to SVG. Every mark
 * has a title, and the lists under the strip say the same in text.
 */
import { AGREEMENT_TYPE_COLORS, TRANSFER_COLOR } from '../../model/appearance';
import type { ModelData } from '../../model/dataset';
import type { StripLayout } from '../../model/yearStrip';

export function YearStrip({
  layout,
  data,
  description,
}: {
  layout: StripLayout;
  data: ModelData;
  description: string;
}) {
  const { width, height, rows, bars, ticks, band, axisY } = layout;
  return (
    <svg
      className="year-strip"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={description}
    >
      {band && (
        <rect
          className="year-strip-band"
          x={band.x}
          y={0}
          width={band.width}
          height={axisY}
          rx={2}
        />
      )}
      {rows.map((row) => (
        <g key={row.label}>
          <text className="year-strip-label" x={8} y={row.y + 9}>
            {row.label}
          </text>
          <line
            className="year-strip-rule"
            x1={8}
            x2={width - 8}
            y1={row.baseline}
            y2={row.baseline}
          />
          {row.marks.map((m) => (
            <rect
              key={m.year}
              x={m.x}
              y={row.baseline - m.height}
              width={m.width}
              height={m.height}
              fill={TRANSFER_COLOR}
              opacity={m.drawn ? 1 : 0.45}
            >
              <title>{`${m.title}${m.drawn ? '' : ' (not drawn now)'}`}</title>
            </rect>
          ))}
          {row.orders.map((o) => (
            <path
              key={`o${o.year}`}
              d={`M${o.x},${row.baseline + 1} l-2.5,4 h5 z`}
              fill={TRANSFER_COLOR}
            >
              <title>{o.title}</title>
            </path>
          ))}
        </g>
      ))}
      {bars.map((bar) => {
        const colour = AGREEMENT_TYPE_COLORS[data.agreements[bar.index]!.type];
        const first = bar.segments[0]!;
        const last = bar.segments[bar.segments.length - 1]!;
        // The name starts at the bar, or ends with it when the bar lies in the right half.
        const right = first.x > width / 2;
        return (
          <g key={bar.index} opacity={bar.drawn ? 1 : 0.55}>
            <title>{bar.title}</title>
            {bar.segments.map((s, i) => (
              <rect key={i} x={s.x} y={bar.y + 9} width={s.width} height={5} rx={2} fill={colour} />
            ))}
            <text
              className="year-strip-label"
              x={right ? Math.min(width - 8, last.x + last.width) : first.x}
              y={bar.y + 8}
              textAnchor={right ? 'end' : 'start'}
            >
              {bar.label}
            </text>
          </g>
        );
      })}
      <line className="year-strip-axis" x1={8} x2={width - 8} y1={axisY} y2={axisY} />
      {ticks.map((t) => (
        <g key={t.year}>
          <line className="year-strip-axis" x1={t.x} x2={t.x} y1={axisY} y2={axisY + 3} />
          <text className="year-strip-tick" x={t.x} y={axisY + 13} textAnchor="middle">
            {t.year}
          </text>
        </g>
      ))}
    </svg>
  );
}
