/**
 * The index bookkeeping sigma 3.0.3 does when a graph changes under it, replayed without WebGL, so
 * the Node benchmark pays what the browser pays for a graph change (sigma cannot run in Node).
 * Mirrors sigma's `bindGraphHandlers`: a dropped node or edge, or a cleared graph, makes sigma
 * clear and rebuild every node and edge index (`refresh()` without `partialGraph`); an added one
 * is indexed alone; `setGraph` and settings changes rebuild everything once. The next frame then
 * processes every node and edge once (`process()`). Counts full re-indexes, so a benchmark can
 * hold graph changes to one.
 */
import type Graph from 'graphology';

type Attributes = Record<string, unknown>;
type GraphEvent = Parameters<Graph['on']>[0];

export class SigmaBookkeeping {
  /** Full re-indexes so far. */
  fullReindexes = 0;
  private current: Graph | null = null;
  private nodeData: Record<string, Attributes> = {};
  private edgeData: Record<string, Attributes> = {};
  private needToProcess = false;
  private readonly listeners: [GraphEvent, (payload: { key: string }) => void][] = [
    ['nodeAdded', ({ key }) => this.indexNode(key)],
    ['edgeAdded', ({ key }) => this.indexEdge(key)],
    ['nodeAttributesUpdated', ({ key }) => this.indexNode(key)],
    ['edgeAttributesUpdated', ({ key }) => this.indexEdge(key)],
    ['eachNodeAttributesUpdated', () => this.graph.forEachNode((k) => this.indexNode(k))],
    ['eachEdgeAttributesUpdated', () => this.graph.forEachEdge((k) => this.indexEdge(k))],
    ['nodeDropped', () => this.reindex()],
    ['edgeDropped', () => this.reindex()],
    ['edgesCleared', () => this.reindex()],
    ['cleared', () => this.reindex()],
  ];

  constructor(graph: Graph) {
    this.setGraph(graph);
  }

  get graph(): Graph {
    return this.current!;
  }

  setGraph(graph: Graph): void {
    if (graph === this.current) return;
    if (this.current)
      for (const [event, fn] of this.listeners) this.current.removeListener(event, fn);
    this.current = graph;
    for (const [event, fn] of this.listeners) graph.on(event, fn);
    this.reindex();
  }

  /** What sigma's next frame does before drawing: one pass over every node and edge. */
  process(): number {
    if (!this.needToProcess) return 0;
    this.needToProcess = false;
    let checksum = 0;
    const graph = this.graph;
    graph.forEachNode((key) => {
      const data = this.nodeData[key]!;
      checksum += (data.x as number) + (data.size as number);
    });
    graph.forEachEdge((key, _attrs, source, target) => {
      const data = this.edgeData[key]!;
      checksum += (data.size as number) + (this.nodeData[source]!.x as number);
      checksum += this.nodeData[target]!.y as number;
    });
    return checksum;
  }

  private reindex() {
    this.fullReindexes++;
    this.nodeData = {};
    this.edgeData = {};
    const graph = this.graph;
    graph.forEachNode((key) => this.indexNode(key));
    graph.forEachEdge((key) => this.indexEdge(key));
  }

  private indexNode(key: string) {
    // sigma copies the attributes, runs the reducer and applies defaults.
    this.nodeData[key] = { ...this.graph.getNodeAttributes(key), hidden: false };
    this.needToProcess = true;
  }

  private indexEdge(key: string) {
    this.edgeData[key] = { ...this.graph.getEdgeAttributes(key), hidden: false };
    this.needToProcess = true;
  }
}
