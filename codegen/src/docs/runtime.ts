import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { code, prose, proseCell, table, text } from './markdown.js';

// Reference pages for the runtime packages' own exports (options, errors, functions), from their
// TSDoc: what each package's src/index.ts exports, with its doc comment, and for interfaces and
// classes their documented members. Declarations that live outside the package (re-exports of
// @vkts/types) are listed by name only. @vkts/types is left out: its exports are the generated
// API reference.

const SKIP = new Set(['types', 'internals']);

export interface RuntimeReference {
  pages: Map<string, string>;
  sidebar: { text: string; link: string }[];
}

export async function buildRuntimeReference(projectRoot: string): Promise<RuntimeReference> {
  const { Project, Node, ts } = await import('ts-morph');
  const packagesDir = path.join(projectRoot, 'packages');
  const names = (await readdir(packagesDir)).filter((n) => !SKIP.has(n)).sort();
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: false, compilerOptions: { allowJs: false } });
  const pages = new Map<string, string>();
  const sidebar: { text: string; link: string }[] = [];
  for (const name of names) {
    const dir = path.join(packagesDir, name);
    const manifest = await readManifest(path.join(dir, 'package.json'));
    if (!manifest) continue;
    const pkg = manifest.name ?? `@vkts/${name}`;
    const index = project.addSourceFileAtPathIfExists(path.join(dir, 'src', 'index.ts'));
    if (!index) continue;
    project.resolveSourceFileDependencies();
    const sections: string[] = [];
    const elsewhere: string[] = [];
    for (const [exportName, declarations] of [...index.getExportedDeclarations()].sort(([a], [b]) => a.localeCompare(b))) {
      const decl = declarations[0];
      if (!decl) continue;
      if (!decl.getSourceFile().getFilePath().startsWith(path.join(dir, 'src'))) {
        elsewhere.push(code(exportName));
        continue;
      }
      const docs = Node.isJSDocable(decl) ? decl.getJsDocs().map((d) => d.getDescription().trim()).filter((d) => d !== '') : [];
      const kind = decl.getKindName().replace(/Declaration$/, '').replace('TypeAlias', 'type').replace('Variable', 'const').toLowerCase();
      const out = [`## ${exportName}`, '', `*${kind}*`, ''];
      if (docs.length > 0) out.push(prose(docs.join('\n\n')), '');
      if (Node.isFunctionDeclaration(decl)) {
        out.push('```ts', signature(decl.getText()), '```', '');
      }
      if (Node.isInterfaceDeclaration(decl) || Node.isClassDeclaration(decl)) {
        const rows: string[][] = [];
        const seen = new Set<string>();
        for (const member of decl.getMembers()) {
          if (!Node.isPropertySignature(member) && !Node.isPropertyDeclaration(member) && !Node.isMethodSignature(member) && !Node.isMethodDeclaration(member)) continue;
          if (Node.isPropertyDeclaration(member) || Node.isMethodDeclaration(member)) {
            if (member.hasModifier(ts.SyntaxKind.PrivateKeyword) || member.getName().startsWith('#')) continue;
          }
          const memberDocs = member.getJsDocs().map((d) => d.getDescription().trim()).join(' ');
          const typeNode = Node.isMethodSignature(member) || Node.isMethodDeclaration(member) ? undefined : member.getTypeNode();
          const type = typeNode ? typeNode.getText() : Node.isMethodSignature(member) || Node.isMethodDeclaration(member) ? 'method' : '';
          const optional = Node.isPropertySignature(member) || Node.isPropertyDeclaration(member) ? member.hasQuestionToken() : false;
          if (seen.has(member.getName())) continue; // overloads: the first one carries the doc
          seen.add(member.getName());
          rows.push([code(member.getName()), type ? code(type) : '', optional ? '' : 'yes', proseCell(memberDocs)]);
        }
        if (rows.length > 0) out.push(table(['member', 'type', 'required', 'description'], rows), '');
      }
      sections.push(out.join('\n'));
    }
    const description = manifest.description ?? '';
    pages.set(
      `packages/${name}.md`,
      [
        '---',
        'outline: [2, 2]',
        '---',
        '',
        `# ${pkg}`,
        '',
        description ? `${text(description)}\n` : '',
        `The package's exports with their TSDoc, generated from \`packages/${name}/src/index.ts\` by \`pnpm run docs\`. The package README on npm has the walkthrough.`,
        '',
        ...(elsewhere.length > 0 ? [`Also re-exported from other packages: ${elsewhere.join(', ')}.`, ''] : []),
        ...sections,
      ].join('\n'),
    );
    sidebar.push({ text: pkg, link: `/packages/${name}` });
  }
  return { pages, sidebar };
}

/** A function's signature without its body. */
function signature(source: string): string {
  const body = source.indexOf('{\n');
  return (body === -1 ? source : `${source.slice(0, body).trimEnd()};`).replace(/^export /, '');
}

async function readManifest(file: string): Promise<{ name?: string; description?: string } | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined; // a folder without a package.json is not a package
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const name: unknown = Reflect.get(parsed, 'name');
  const description: unknown = Reflect.get(parsed, 'description');
  return { ...(typeof name === 'string' ? { name } : {}), ...(typeof description === 'string' ? { description } : {}) };
}
