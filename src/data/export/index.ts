/**
 * Everything the export menu needs, loaded on demand (`import('../../data/export')`) so none of
 * it is in the initial bundle.
 */
export { comparisonFileName, comparisonRankingsTable, realignmentTable } from './compareCsv';
export { csvCell, csvFileText, dealsTable, edgesTable, toCsv, UTF8_BOM } from './csv';
export { downloadBlob, downloadText } from './download';
export { graphToGexf } from './gexf';
export { canvasToPng, svgToPng } from './image';
export { datasetJson } from './json';
export { legendEntries } from './legend';
export { rankingsFileName, rankingsTable } from './rankingsCsv';
export { citationLine, exportFileName, isoDate } from './names';
export { findTimelineSvgs, serialiseSvg } from './svg';
