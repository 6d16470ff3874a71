import vue from '@vitejs/plugin-vue'
import Icons from 'unplugin-icons/vite'
import { defineConfig } from 'vitest/config'

// Two projects: fast unit/component tests, and end-to-end tests that share ONE fresh build
// of the whole site (tests/support/e2e-setup.ts) and drive it with Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // The components' Iconify icons (`~icons/carbon/…`), compiled as Slidev's unplugin-icons does.
        plugins: [vue(), Icons({ compiler: 'vue3' })],
        // Slidev's client sources (the clicks context in tests/support/slide-context.ts) read this flag.
        define: { __DEV__: 'true' },
        test: {
          name: 'unit',
          include: ['tests/{client,components,scripts,server,slides}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2e-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
})
