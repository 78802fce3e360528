import { loadCurated, loadSide, diffSchemas, renderDiffMarkdown } from './src/diff/index.js';
const c = await loadCurated('/work/main/schema');
const a = await loadSide('/work/main/schema/vk-api-schema', c, 'pinned');
const b = await loadSide('/tmp/vk-new', c, 'new');
console.log(renderDiffMarkdown(diffSchemas(a, b)), b.coverage);
