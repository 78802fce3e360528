// Executed by test/packaging/pack.test.ts with node; stdout must equal consumer.json "output".
import { createFakeVk, synthesize } from '@vkts/testing';
import { z } from 'zod';

async function main() {
  const fake = await createFakeVk({ groups: [{ id: 1, name: 'Test' }], tokens: [{ token: 't', type: 'group', groupId: 1 }] });
  try {
    const res = await fetch(`${fake.url}/method/groups.getById`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'v=5.199&group_id=1',
    });
    const body = await res.json();
    console.log(
      JSON.stringify({
        createFakeVkType: typeof createFakeVk,
        synthesizedLiteral: synthesize(z.literal(1)),
        answered: body.response.groups[0].name,
      }),
    );
  } finally {
    await fake.close();
  }
}
main();
