// Kept, with no stand-in for @slidev/client itself: the build-time constants that Slidev's Vite
// config defines are declared only in Slidev's own repository, not in the published package whose
// sources (and the templates the presenter page mounts) use them.
declare global {
  const __DEV__: boolean, __SLIDEV_HAS_SERVER__: boolean, __SLIDEV_HASH_ROUTE__: boolean, __SLIDEV_MEMORY_ROUTE__: boolean
  const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean, __SLIDEV_FEATURE_DRAWINGS__: boolean, __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean,
    __SLIDEV_FEATURE_EDITOR__: boolean, __SLIDEV_FEATURE_PRESENTER__: boolean, __SLIDEV_FEATURE_PRINT__: boolean,
    __SLIDEV_FEATURE_PWA__: boolean, __SLIDEV_FEATURE_RECORD__: boolean, __SLIDEV_FEATURE_WAKE_LOCK__: boolean
}

declare module 'vue' {
  interface ComponentCustomProperties {
    __DEV__: boolean
    __SLIDEV_FEATURE_DRAWINGS__: boolean
    __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
    __SLIDEV_FEATURE_PRESENTER__: boolean
  }
}

export {}
