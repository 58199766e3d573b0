import assert from 'node:assert/strict';
import * as kpi from '@trappen/kpi';
import { GENERATOR_SIZES, generateKpiInput } from '@trappen/kpi/testing';

// The test generators live on their own subpath, not in the main entry.
assert.equal('testing' in kpi, false);
assert.equal('generateKpiInput' in kpi, false);
const input = generateKpiInput({ seed: 1, children: GENERATOR_SIZES.tiny });
const placed = kpi.placedChildren(input, kpi.yearPeriod(2018)).value.count;
assert.ok(Number.isInteger(placed) && placed >= 0);
assert.throws(() => kpi.suppress({ rows: ['a'], columns: ['x'], counts: [[-3]] }), kpi.KpiError);
assert.equal(kpi.formatChange(kpi.percentChange(524, 1023)), '+95.2 %');
console.log(`  ESM import works: ${placed} placed children in the generated data`);
