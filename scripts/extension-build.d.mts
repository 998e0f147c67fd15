/** Builds the browser extension into `out` (dist/extension by default). */
export function extensionBuild(root: string, out?: string): Promise<void>;
