// The course colours, written once. The slides get them as `--dd-*` CSS variables in each deck's
// <head> (setup/vite-plugins.ts), light in `:root` and dark in `html.dark`; the landing page, the 404
// and the login page through scripts/site/page.ts; the apostila, the manifest and Mermaid's theme
// read the values here (public/favicon.svg is checked against them by a test). Every text pair passes WCAG AA (4.5:1).
export const palettes = {
  light: {
    'primary': '#0b5cad', // 6.6:1 on bg
    'primary-strong': '#084684',
    'accent': '#b45309', // amber, 4.8:1 on white: highlights, the "shared kernel"
    'ok': '#166534',
    'danger': '#b91c1c',
    'bg': '#ffffff',
    'surface': '#eef4fb', // boxes, cards
    'surface-2': '#dbe7f5',
    'border': '#9db4cf',
    'text': '#0f1b2d',
    'muted': '#4a5a70', // 6.7:1 on bg
    'layer-ro': '#dbe7f5', // read-only image layers
    'layer-rw': '#fde7c7', // the container's writable layer
  },
  dark: {
    'primary': '#7ab8ff', // 8.4:1 on bg
    'primary-strong': '#a9d1ff',
    'accent': '#fbbf24',
    'ok': '#4ade80',
    'danger': '#f87171',
    'bg': '#0e1624',
    'surface': '#17233a',
    'surface-2': '#22324f',
    'border': '#3f5578',
    'text': '#e8eef7',
    'muted': '#a8b6ca',
    'layer-ro': '#22324f',
    'layer-rw': '#4a3412',
  },
} as const

export type ColorName = keyof typeof palettes.light
export type Palette = Record<ColorName, string>
export type Scheme = keyof typeof palettes

/** `--dd-primary:#0b5cad;--dd-…` for one scheme. */
export function cssVariables(scheme: Scheme): string {
  return Object.entries(palettes[scheme]).map(([name, value]) => `--dd-${name}:${value};`).join('')
}

/** The slides' variables: Slidev switches schemes with the `dark` class on <html>. */
export function deckPaletteCss(): string {
  return `:root{${cssVariables('light')}}html.dark{${cssVariables('dark')}}`
}

/** A standalone page's variables: it follows the system's colour scheme. */
export function pagePaletteCss(): string {
  return `:root{${cssVariables('light')}color-scheme:light}@media (prefers-color-scheme: dark){:root{${cssVariables('dark')}color-scheme:dark}}`
}
