// Placeholder until codegen emits the real modules (see codegen/).
export {};
