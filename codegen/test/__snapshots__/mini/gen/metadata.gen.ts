// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: runtime method metadata.
/* eslint-disable */
import type { MethodMeta } from '../method-meta.js';
import type { ApiMethodName } from './methods.gen.js';
/** Every method name of the schema, sorted. */
export const apiMethodNames: readonly ApiMethodName[] = [
    "execute",
    "groups.setCallbackSettings",
    "groups.setLongPollSettings",
    "users.get",
    "users.getFollowers",
    "users.getSubscriptions",
    "wall.get",
    "wall.post",
  ];
/** Runtime metadata of every method: token types, response keys, error codes, and how each param is serialised. */
export const apiMethodMeta: { readonly [M in ApiMethodName]: MethodMeta<M> } = /* @__PURE__ */ JSON.parse(`{
"execute":{"name":"execute","tokenTypes":["user","group"],"responseKeys":["response"],"errors":[12,13],"params":{"code":{"wire":"scalar","kind":"string","required":true},"func_v":{"wire":"scalar","kind":"integer","required":false}}},
"groups.setCallbackSettings":{"name":"groups.setCallbackSettings","tokenTypes":["user","group"],"responseKeys":["response"],"errors":[],"params":{"group_id":{"wire":"scalar","kind":"integer","required":true},"server_id":{"wire":"scalar","kind":"integer","required":false},"api_version":{"wire":"scalar","kind":"string","required":false},"wall_post_new":{"wire":"boolean","kind":"boolean","required":false},"wall_reply_new":{"wire":"boolean","kind":"boolean","required":false}}},
"groups.setLongPollSettings":{"name":"groups.setLongPollSettings","tokenTypes":["user","group"],"responseKeys":["response"],"errors":[],"params":{"group_id":{"wire":"scalar","kind":"integer","required":true},"enabled":{"wire":"boolean","kind":"boolean","required":false},"api_version":{"wire":"scalar","kind":"string","required":false},"wall_post_new":{"wire":"boolean","kind":"boolean","required":false},"wall_reply_new":{"wire":"boolean","kind":"boolean","required":false}}},
"users.get":{"name":"users.get","tokenTypes":["user","group","service"],"responseKeys":["response"],"errors":[],"params":{"user_ids":{"wire":"list","kind":"string","required":false},"fields":{"wire":"list","kind":"string","required":false},"name_case":{"wire":"scalar","kind":"string","required":false}}},
"users.getFollowers":{"name":"users.getFollowers","tokenTypes":["user","service"],"responseKeys":["response","fieldsResponse"],"variants":{"rules":[{"key":"fieldsResponse","when":{"fields":"*"}}],"defaults":["response"]},"errors":[15],"params":{"user_id":{"wire":"scalar","kind":"integer","required":false},"count":{"wire":"scalar","kind":"integer","required":false},"fields":{"wire":"list","kind":"string","required":false}}},
"users.getSubscriptions":{"name":"users.getSubscriptions","tokenTypes":["user"],"responseKeys":["response","extendedResponse"],"variants":{"rules":[],"defaults":["response","extendedResponse"]},"errors":[],"params":{"user_id":{"wire":"scalar","kind":"integer","required":false},"offset":{"wire":"scalar","kind":"integer","required":false}}},
"wall.get":{"name":"wall.get","tokenTypes":["user","service"],"responseKeys":["response","extendedResponse"],"variants":{"rules":[{"key":"extendedResponse","when":{"extended":[1,true]}}],"defaults":["response"]},"errors":[19],"params":{"owner_id":{"wire":"scalar","kind":"integer","required":false},"domain":{"wire":"scalar","kind":"string","required":false},"count":{"wire":"scalar","kind":"integer","required":false},"filter":{"wire":"scalar","kind":"string","required":false},"post_type":{"wire":"scalar","kind":"string","required":false},"extended":{"wire":"boolean","kind":"boolean","required":false},"fields":{"wire":"list","kind":"string","required":false}}},
"wall.post":{"name":"wall.post","tokenTypes":["user"],"responseKeys":["response"],"errors":[214,220],"params":{"owner_id":{"wire":"scalar","kind":"integer","required":false},"message":{"wire":"scalar","kind":"string","required":false},"attachments":{"wire":"list","kind":"string","required":false},"mark_as_ads":{"wire":"boolean","kind":"boolean","required":false},"links":{"wire":"json","kind":"json","required":false},"primary_link":{"wire":"json","kind":"json","required":false},"signer":{"wire":"scalar","kind":"integer|string","required":false},"post_type":{"wire":"scalar","kind":"string","required":false},"guid":{"wire":"scalar","kind":"string","required":true}}}
}`);
