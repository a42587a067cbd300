/**
 * The bare app's own instrumentation hook, which does nothing. Without one, Turbopack (whose root
 * is the repository, where the lockfile is) builds the Bayan app's instrumentation.ts into this
 * app: its start-up checks then run here, and stop it for want of Bayan's settings.
 */
export function register() {}
