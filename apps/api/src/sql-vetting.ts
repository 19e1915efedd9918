/**
 * Vets an analyst's statement before it runs, on DuckDB's own parse tree (`json_serialize_sql`,
 * which parses and does not bind or run anything): exactly one SELECT (DESCRIBE, SHOW TABLES and
 * SUMMARIZE parse as one), every function and table function on the allowlist (sql-allowlist.ts),
 * every table one of the store's own or a WITH name in scope. The walk is deliberately generic: any
 * object in the tree that names a function or a table is checked wherever it sits, so a construct
 * this code has never seen cannot smuggle a call past it.
 */
import { ApiError } from './errors.js';
import { AGGREGATE_FUNCTIONS, SCALAR_FUNCTIONS, TABLE_FUNCTIONS } from './sql-allowlist.js';

/** What the parse tree is checked against. Names are compared in lower case. */
export interface VettingCatalog {
  /** Tables and views of the store. */
  storeRelations: ReadonlySet<string>;
  /** Every other relation DuckDB knows (system views such as duckdb_logs): a WITH name may not shadow one. */
  otherRelations: ReadonlySet<string>;
}

/** DuckDB's answer from `json_serialize_sql`. */
export type SerializedSql =
  | { error: false; statements: { node: unknown }[] }
  | { error: true; error_type: string; error_message: string };

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What an expression may call: scalar functions and aggregates. */
const CALLABLE: ReadonlySet<string> = new Set([...SCALAR_FUNCTIONS, ...AGGREGATE_FUNCTIONS]);

const refuse = (message: string) => new ApiError(403, 'not_allowed', `sql: ${message}`);

/** The one statement of a serialized answer, or the reason there is not exactly one SELECT. */
export function singleSelect(serialized: SerializedSql): Node {
  if (serialized.error) {
    if (/only select/i.test(serialized.error_message)) {
      throw new ApiError(
        403,
        'read_only',
        'sql: only reading statements (SELECT, DESCRIBE, SHOW TABLES, SUMMARIZE, or EXPLAIN of one) are allowed; ' +
          'PIVOT without an IN list creates a type first: write SELECT … PIVOT (agg FOR col IN (…))',
      );
    }
    throw new ApiError(400, 'sql_error', `sql: ${serialized.error_message}`);
  }
  const count = serialized.statements.length;
  if (count === 0) throw new ApiError(400, 'sql_error', 'sql: the statement is empty');
  if (count !== 1) throw new ApiError(400, 'one_statement', `sql: send exactly one statement (got ${count})`);
  return serialized.statements[0]!.node as Node;
}

/** Names of the WITH clauses a query node defines. */
function cteNames(node: Node): string[] {
  const map = (node.cte_map as { map?: { key: string }[] } | undefined)?.map ?? [];
  return map.map((entry) => entry.key.toLowerCase());
}

function checkFunction(node: Node, allowed: ReadonlySet<string>, kind: string): void {
  const name = String(node.function_name).toLowerCase();
  // The parser writes list literals as main.list_value; an analyst writing system.main.x or a
  // catalog's name is reaching for something else.
  const schema = String(node.schema ?? '');
  if (String(node.catalog ?? '') !== '' || (schema !== '' && schema !== 'main')) {
    throw refuse(
      `qualified function names are not allowed (${[node.catalog, schema, name].filter(Boolean).join('.')})`,
    );
  }
  if (!allowed.has(name)) throw refuse(`the ${kind} ${name}() is not allowed; only functions that read are`);
}

function checkTable(node: Node, scope: ReadonlySet<string>, catalog: VettingCatalog): void {
  const name = String(node.table_name).toLowerCase();
  const qualified =
    String(node.catalog_name ?? '') !== '' || !['', 'main'].includes(String(node.schema_name ?? ''));
  if (!qualified && (scope.has(name) || catalog.storeRelations.has(name))) return;
  throw refuse(
    `${JSON.stringify(String(node.table_name))} is not a table or view of the store (see /api/schema)`,
  );
}

/** SHOW TABLES lists the store's tables; other SHOW forms (databases, settings) describe the server. */
function checkShow(node: Node): void {
  if (node.show_type === 'DESCRIBE' || node.show_type === 'SUMMARY') return;
  const target = String(node.table_name ?? '')
    .replaceAll('"', '')
    .toLowerCase();
  if (node.show_type === 'SHOW_UNQUALIFIED' && target === 'tables') return;
  throw refuse(`SHOW ${target || String(node.show_type)} is not allowed; SHOW TABLES and DESCRIBE are`);
}

function walk(value: unknown, scope: ReadonlySet<string>, catalog: VettingCatalog): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, scope, catalog);
    return;
  }
  if (!isNode(value)) return;
  let inner = scope;
  const defined = cteNames(value);
  if (defined.length > 0) {
    for (const name of defined) {
      // A WITH name is visible only in its own query; a reference outside it reaches the catalog.
      // Refusing names that shadow a system view keeps that difference from mattering.
      if (catalog.otherRelations.has(name) && !catalog.storeRelations.has(name)) {
        throw refuse(`the WITH name ${name} is reserved; choose another`);
      }
    }
    inner = new Set([...scope, ...defined]);
  }
  if (value.type === 'TABLE_FUNCTION' && isNode(value.function)) {
    checkFunction(value.function, TABLE_FUNCTIONS, 'table function');
    // Its arguments are expressions like any other.
    walk(value.function.children, inner, catalog);
    for (const [key, child] of Object.entries(value)) if (key !== 'function') walk(child, inner, catalog);
    return;
  }
  if ('function_name' in value) {
    if (value.class === 'WINDOW') checkFunction(value, AGGREGATE_FUNCTIONS, 'window function');
    else checkFunction(value, CALLABLE, 'function');
  }
  if ('table_name' in value) {
    if (value.type === 'BASE_TABLE') checkTable(value, inner, catalog);
    else if (value.type === 'SHOW_REF') checkShow(value);
    else throw refuse(`a ${String(value.type)} is not allowed here`);
  }
  for (const child of Object.values(value)) walk(child, inner, catalog);
}

/** Throws an ApiError (403) naming the first thing the statement may not use. */
export function vetStatement(statement: Node, catalog: VettingCatalog): void {
  walk(statement, new Set(), catalog);
}
