import type { BuildOptions } from 'esbuild';

export declare const htmlWorkerBuild: BuildOptions;
