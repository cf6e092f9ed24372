import { defineConfig } from "vitest/config";

export const config = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "threads",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { CHECKPOINT_DISABLE: "1", NO_COLOR: "1" },
  },
});

export default config;
