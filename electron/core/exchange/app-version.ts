import packageJson from '../../../package.json' with { type: 'json' };

/** Named in every package's manifest: which app, which version wrote it. */
export const APP_NAME = packageJson.name;
export const APP_VERSION = packageJson.version;
