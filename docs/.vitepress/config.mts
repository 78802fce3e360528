import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitepress';

// The reference part of the sidebar is written by `pnpm docs` (codegen/src/docs) next to this file.
interface Link {
  text: string;
  link: string;
}
const generated = JSON.parse(readFileSync(new URL('./sidebar.gen.json', import.meta.url), 'utf8')) as {
  methods: Link[];
  events: Link[];
  packages: Link[];
};

const guides: Link[] = [
  { text: 'Getting started', link: '/guide/getting-started' },
  { text: 'The API client', link: '/guide/api-client' },
  { text: 'Callback API', link: '/guide/callback' },
  { text: 'Long Poll', link: '/guide/longpoll' },
  { text: 'Uploads', link: '/guide/uploads' },
  { text: 'Keyboards and replies', link: '/guide/keyboards' },
  { text: 'The relay', link: '/guide/relay' },
  { text: 'Testing your bot', link: '/guide/testing' },
  { text: 'Migrating from vk-io', link: '/guide/migrating-from-vk-io' },
  { text: 'Regenerating on a VK API bump', link: '/guide/regenerating' },
];

// VKTS_DOCS_BASE=/vkts/ when publishing under a sub-path (GitHub Pages); `/` locally.
const base = process.env['VKTS_DOCS_BASE'] ?? '/';

export default defineConfig({
  title: 'vkts',
  description: 'A TypeScript SDK for the VK API, generated from its schema',
  base,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }]],
  srcExclude: ['README.md'],
  outDir: './.vitepress/dist',
  cacheDir: './.vitepress/cache',
  lastUpdated: false,
  // The local search index of ~600 method sections is one chunk of about 1 MB; that is expected.
  vite: { build: { chunkSizeWarningLimit: 2048 } },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'API reference', link: '/api/' },
      { text: 'Events', link: '/events/' },
      { text: 'Packages', link: generated.packages[0]?.link ?? '/' },
    ],
    sidebar: {
      '/guide/': [{ text: 'Guide', items: guides }],
      '/api/': [
        { text: 'API reference', items: [{ text: 'Overview', link: '/api/' }, { text: 'Error codes', link: '/api/errors' }] },
        { text: 'Namespaces', items: generated.methods },
      ],
      '/events/': [{ text: 'Community events', items: [{ text: 'Overview', link: '/events/' }, ...generated.events] }],
      '/packages/': [{ text: 'Packages', items: generated.packages }],
    },
    search: { provider: 'local' },
    socialLinks: [{ icon: 'github', link: 'https://github.com/vkts/vkts' }],
  },
});
