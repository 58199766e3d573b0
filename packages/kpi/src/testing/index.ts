export { type SeededRandom, seededRandom } from '@trappen/staircase';
export { GENERATOR_SIZES, type GenerateOptions, generateKpiInput } from './generate';
