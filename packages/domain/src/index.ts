/**
 * @gwr/domain: the single source of truth shared by the extractor, the API and the dashboard.
 */
export * from './attainment.js';
export * from './csv.js';
export * from './document.js';
export * from './duckdb-schema.js';
export * from './fact.js';
export * from './indicator.js';
export * from './indicators.js';
export * from './lake-layout.js';
export * from './region.js';
export * from './region-english.js';
export * from './region-levels.js';
export * from './regions.js';
export * from './schema-docs.js';
export * from './scorecard.js';
export * from './scorecard-view.js';
export * from './units.js';
export * from './zone-kinds.js';
