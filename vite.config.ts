import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// Slidev serves `public/` only from the deck's folder (slides/); serve the project's instead.
export default defineConfig({
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
})
