// Sums the vitest JSON reports of every package into the line CI reads: `tests: N passed, N failed`.
// A failed turbo run with no failing test recorded (a crash, a lint or type error) counts as one failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const turboStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const group of ['apps', 'packages']) {
  for (const pkg of readdirSync(group)) {
    const dir = join(group, pkg, '.reports');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      console.log(`${join(dir, file)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    }
  }
}
if (turboStatus !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(turboStatus !== 0 || failed > 0 ? 1 : 0);
