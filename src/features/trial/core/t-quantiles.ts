/**
 * 97.5% quantiles of Student's t distribution by degrees of freedom (two-sided 95% interval).
 * Source: NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2, "Critical Values
 * of the Student's t Distribution" (column 0.975). A trial of at most 4 weeks has at most 14
 * blocks, so 13 degrees of freedom; the table goes to 30 for a margin.
 */
const table: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];
/** The normal distribution's 97.5% quantile, which t approaches as df grows (same source). */
const normal975 = 1.96;

export function tQuantile975(degreesOfFreedom: number): number {
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 1) {
    throw new Error(`Degrees of freedom must be a whole number from 1: ${degreesOfFreedom}`);
  }
  return table[degreesOfFreedom - 1] ?? normal975;
}
