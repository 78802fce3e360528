// Every generated file starts with this header: what made it and how to make it again.
export interface GenerationContext {
  commit: string;
  apiVersion: string;
}

export function header(context: GenerationContext, what: string): string {
  return [
    '// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.',
    `// Source: VKCOM/vk-api-schema@${context.commit} (API ${context.apiVersion}), with the patches in schema/patches/.`,
    `// Contents: ${what}.`,
    '/* eslint-disable */',
    '',
  ].join('\n');
}
