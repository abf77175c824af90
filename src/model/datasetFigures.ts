/**
 * Figures that depend on the dataset alone, never on the view: the first picture, the map's
 * positions, the force layout's input and the dataset's description. Each is computed once per
 * model and memoised on its identity, so start-up, the network and the panels share one result.
 *
 * The dataset worker computes them next to the model and hands them over with it
 * (data/importTransfer.ts): at SIPRI's scale they cost ~40 ms, which the main thread would
 * otherwise spend in the very task that shows the new dataset. Everything here is a pure function
 * of the model, so figures computed in the worker are the ones the page would compute.
 */
import { describeDataset, type DatasetDescription } from './about';
import type { ModelData } from './dataset';
import { firstPicture } from './firstPicture';
import { buildLayoutInput, type LayoutInput } from './layoutGraph';
import { geoPositions, type Positions } from './mapPositions';
import type { ViewState } from './viewState';

export interface DatasetFigures {
  firstPicture: ViewState;
  geoPositions: Positions;
  layoutInput: LayoutInput;
  description: DatasetDescription;
}

const COMPUTE: { [K in keyof DatasetFigures]: (data: ModelData) => DatasetFigures[K] } = {
  firstPicture,
  geoPositions,
  layoutInput: buildLayoutInput,
  description: describeDataset,
};

const figuresByData = new WeakMap<ModelData, Partial<DatasetFigures>>();

function figure<K extends keyof DatasetFigures>(data: ModelData, key: K): DatasetFigures[K] {
  let figures = figuresByData.get(data);
  if (!figures) figuresByData.set(data, (figures = {}));
  return (figures[key] ??= COMPUTE[key](data));
}

/** What a link that names no view opens (model/firstPicture.ts). */
export const firstPictureOf = (data: ModelData) => figure(data, 'firstPicture');
/** Positions of the geographic layout (model/mapPositions.ts). */
export const geoPositionsOf = (data: ModelData) => figure(data, 'geoPositions');
/** The force layout's graph (model/layoutGraph.ts); its arrays are only read. */
export const layoutInputOf = (data: ModelData) => figure(data, 'layoutInput');
/** Where the records come from, for the Details panel (model/about.ts). */
export const descriptionOf = (data: ModelData) => figure(data, 'description');

/** Every figure of a model: what the dataset worker sends with it. */
export function datasetFigures(data: ModelData): DatasetFigures {
  return {
    firstPicture: firstPictureOf(data),
    geoPositions: geoPositionsOf(data),
    layoutInput: layoutInputOf(data),
    description: descriptionOf(data),
  };
}

/** Adopt figures computed elsewhere (the dataset worker) for this model, as if computed here. */
export function adoptDatasetFigures(data: ModelData, figures: DatasetFigures): void {
  figuresByData.set(data, { ...figures });
}

/** The layout input's arrays, to transfer (not copy) with a message. */
export function figureBuffers(figures: DatasetFigures): ArrayBuffer[] {
  const { x, y, size, source, target, weight } = figures.layoutInput;
  return [x, y, size, source, target, weight].map((a) => a.buffer as ArrayBuffer);
}
