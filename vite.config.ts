import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './scripts/vite-plugins/serviceWorker.ts';
import { siteMeta } from './scripts/vite-plugins/siteMeta.ts';

// The Content-Security-Policy goes into the built page only: the dev server's
// hot-reload preamble is an inline script, which the policy rightly forbids.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Datasets by link (`src=`) may live on another https site. A static page cannot list that
  // origin in advance, so the policy allows https and the app is the guard: it requests nothing
  // outside its origin until the reader agreed to the origin a dialog names (views/source).
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'entente-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built files work under any base path (/, /entente/, ...).
  base: './',
  plugins: [react(), contentSecurityPolicy(), siteMeta(), serviceWorker()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
