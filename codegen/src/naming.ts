// The only place generated names are made. Rules: split on '.', '_' and spaces, then
// PascalCase each part keeping its inner capitals: groups_getById_object_response →
// GroupsGetByIdObjectResponse, groups.setCallbackSettings + Params → GroupsSetCallbackSettingsParams.

// Memoised: the emitters ask for the same few thousand names over and over (every property
// of every object, every method's params and responses).
const pascalCache = new Map<string, string>();

function pascalParts(raw: string): string {
  let name = pascalCache.get(raw);
  if (name === undefined) {
    name = raw
      .split(/[._\s]+/)
      .filter((part) => part.length > 0)
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join('');
    pascalCache.set(raw, name);
  }
  return name;
}

/** Type name of a schema definition: `groups_group_full` → `GroupsGroupFull`. */
export function definitionTypeName(definition: string): string {
  return pascalParts(definition);
}

/** Params type of a method: `groups.get` → `GroupsGetParams`. */
export function methodParamsTypeName(method: string): string {
  return `${pascalParts(method)}Params`;
}

/**
 * Response type of a method variant: `response` → `GroupsGetResponse`,
 * `extendedResponse` → `GroupsGetExtendedResponse`, `chatIds_Fields_Response` → `…ChatIdsFieldsResponse`.
 */
export function methodResponseTypeName(method: string, variantKey: string): string {
  return `${pascalParts(method)}${pascalParts(variantKey)}`;
}

/** Zod validator name for a type name: `GroupsGroupFull` → `zGroupsGroupFull`. */
export function zodName(typeName: string): string {
  return `z${typeName}`;
}

/** Named constant holding an enum's `enumNames`: `BaseBoolInt` → `BaseBoolIntEnumNames`. */
export function enumNamesConstName(typeName: string): string {
  return `${typeName}EnumNames`;
}

/** Namespace of a method: `groups.get` → `groups`; `execute` has none. */
export function methodNamespace(method: string): string | undefined {
  const dot = method.indexOf('.');
  return dot <= 0 ? undefined : method.slice(0, dot);
}

/** Every exported generated name must match this (checked by a test). */
export const GENERATED_NAME_PATTERN = /^(z)?[A-Z][A-Za-z0-9]*$/;

/** Envelope type of a community event: `message_new` → `MessageNewEvent`. */
export function eventTypeName(eventType: string): string {
  return `${pascalParts(eventType)}Event`;
}
