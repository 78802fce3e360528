// Types of build.mjs for the TypeScript tests that import it.
export declare function ensureBuilt(options?: { srcDir?: string; distDir?: string }): Promise<{ entry: string; built: boolean; ms: number }>;
