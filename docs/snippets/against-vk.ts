import { createApi } from '@vkts/api';
import { createBot } from './bot.js';

const api = createApi({ token: process.env['VK_TOKEN'] ?? '', tokenType: 'group' });
const bot = createBot(api);
await bot.setup();
process.once('SIGTERM', () => void bot.stop());
await bot.start();
