import { DuckDBInstance } from '@duckdb/node-api';
const i = await DuckDBInstance.create('/tmp/gwr-test.duckdb', {access_mode:'READ_ONLY'}); const c = await i.connect();
const r = await c.runAndReadAll(process.argv[2]); console.table(r.getRowObjectsJson());
