/**
 * Types for the single-iteration functions of graphology's ForceAtlas2 and Noverlap layouts,
 * which work on flat Float32Array matrices (see src/model/forceLayout.ts for their layout).
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  const iterate: (
    settings: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ) => void;
  export default iterate;
}

declare module 'graphology-layout-noverlap/iterate.js' {
  const iterate: (settings: Record<string, number>, nodes: Float32Array) => { converged: boolean };
  export default iterate;
}
