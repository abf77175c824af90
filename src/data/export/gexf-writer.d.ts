/** Types for graphology-gexf's writer, imported without the package entry (which loads a parser). */
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writer: typeof write;
  export default writer;
}
