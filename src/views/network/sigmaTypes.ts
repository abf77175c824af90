import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../model/graph';

/** The sigma instance of the network view, typed with our node and edge attributes. */
export type EntenteSigma = Sigma<NodeAttributes, EdgeAttributes>;
