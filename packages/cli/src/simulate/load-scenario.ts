import { dirname, extname, resolve } from 'node:path';
import type { FlowModel, ReformScenario } from '@trappen/savings';
import type { Staircase } from '@trappen/staircase';
import { CliError } from '../cli-error';
import { estimateFromCsv } from '../estimate/load-model';
import { readJson } from '../input/read-file';

/**
 * Reads a scenario file. Its `model` is a flow model object, or a path (relative to the
 * scenario file) to a history CSV (estimated over the data's window) or to a model JSON
 * written by `trappen estimate --json`.
 */
export function loadScenario(file: string, staircase: Staircase): ReformScenario {
  const raw = readJson(file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new CliError(`Invalid scenario in ${file}:\n${file}: (root): must be a JSON object`);
  const scenario = raw as Record<string, unknown>;
  if (typeof scenario.model !== 'string') return scenario as unknown as ReformScenario;
  const modelFile = resolve(dirname(file), scenario.model);
  const model: FlowModel =
    extname(modelFile).toLowerCase() === '.csv'
      ? estimateFromCsv(modelFile, staircase)
      : (readJson(modelFile) as FlowModel);
  return { ...scenario, model } as unknown as ReformScenario;
}
