/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The package version, set by renderer.vite.shared.mts. */
  readonly VITE_APP_VERSION?: string
}
declare module '*.csv?raw' {
  const text: string
  export default text
}
