export { GENERATOR_SIZES, type GenerateOptions, generateKpiInput } from './generate';
export { type SeededRandom, seededRandom } from '@trappen/staircase';
