import { defineConfig } from 'vitest/config';

/**
 * The unit tests mutation testing runs (npm run mutation): the in-process tests of the mutated folders. Tests that
 * spawn processes (claims, runner, CLI) are left out: Stryker cannot see which mutants a child process executes.
 */
export default defineConfig({
  test: {
    include: ['test/kernel/**/*.test.ts', 'test/numeric/**/*.test.ts', 'test/algebra/**/*.test.ts', 'test/symbolic/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'node_modules/**', 'test/algebra/factor-sympy.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
