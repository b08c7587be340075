// The performance budgets, checked against measured builds.

export const BUDGETS = {
  /** This site's build time per page over bare Astro's, same number of pages. */
  costRatio: 1.3,
  /** Exponent of build time against pages between the two largest sizes: 1 is linear. */
  exponent: 1.1,
  /** This site's peak memory over bare Astro's at the same number of pages. */
  memoryRatio: 1.2,
};

/** How build time grows with pages between two runs: t ∝ pages^exponent. */
export function scalingExponent(small, large) {
  return Math.log(large.seconds / small.seconds) / Math.log(large.pages / small.pages);
}

/**
 * Each budget with its figure and verdict. `rows` are { meetings, site, bare }
 * with site and bare each { pages, seconds, peakMb }, smallest first. The
 * ratios are judged at the largest size, where Astro's fixed start-up cost
 * weighs least; the exponent between the two largest sizes.
 */
export function checkBudgets(rows) {
  const largest = rows.at(-1);
  const results = [];
  if (largest) {
    const cost = largest.site.seconds / largest.site.pages / (largest.bare.seconds / largest.bare.pages);
    results.push({ name: `Cost per page ≤ ${BUDGETS.costRatio}× bare Astro (N = ${largest.meetings})`, value: `${cost.toFixed(2)}×`, pass: cost <= BUDGETS.costRatio });
    const memory = largest.site.peakMb / largest.bare.peakMb;
    results.push({ name: `Peak memory ≤ ${BUDGETS.memoryRatio}× bare Astro (N = ${largest.meetings})`, value: `${memory.toFixed(2)}×`, pass: memory <= BUDGETS.memoryRatio });
  }
  if (rows.length >= 2) {
    const [a, b] = rows.slice(-2);
    const exponent = scalingExponent(a.site, b.site);
    const bare = scalingExponent(a.bare, b.bare);
    results.push({
      name: `Scaling exponent ≤ ${BUDGETS.exponent} (N = ${a.meetings} → ${b.meetings})`,
      value: `${exponent.toFixed(2)} (bare Astro ${bare.toFixed(2)})`,
      pass: exponent <= BUDGETS.exponent,
    });
  }
  return results;
}
