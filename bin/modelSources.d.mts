// Types of bin/modelSources.mjs (the model's sources and their fingerprint).
export declare const MODEL_SOURCE_DIRS: readonly string[];
export declare function modelSourceFiles(root: string): string[];
export declare function modelSourcesHash(root: string): string;
export declare function gitState(root: string): { commit: string | null; dirty: boolean | null };
