/**
 * The HTML that embeds a view in another page: an iframe on the view's link with `embed=1`,
 * with a size and a title (screen readers announce an iframe by its title).
 */

/** Sizes offered for the iframe, in CSS pixels (the first is the default). */
export const EMBED_SIZES: readonly { width: number; height: number }[] = [
  { width: 640, height: 400 },
  { width: 800, height: 500 },
  { width: 960, height: 600 },
  { width: 480, height: 480 },
];

/** Escape text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The app's address (`origin` + `pathname`) with a view's query (without `?`). */
export function viewAddress(appAddress: string, query: string): string {
  return query ? `${appAddress}?${query}` : appAddress;
}

export interface EmbedCodeOptions {
  /** The embedded view's address (its query carries `embed=1`, and `src` if it uses one). */
  src: string;
  width: number;
  height: number;
  title: string;
}

/** `<iframe src="…" width="640" height="400" title="…" …></iframe>` */
export function embedCode({ src, width, height, title }: EmbedCodeOptions): string {
  const attributes: [string, string][] = [
    ['src', src],
    ['width', String(Math.round(width))],
    ['height', String(Math.round(height))],
    ['title', title],
    ['style', 'border:0;max-width:100%'],
    ['loading', 'lazy'],
  ];
  const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return `<iframe ${text} allowfullscreen></iframe>`;
}
