import type { AttributeValue } from '../attribute-spec';

/** `firstname lastname`, as Dataverse composes a person's fullname. */
export function personName(get: (attribute: string) => AttributeValue): AttributeValue {
  const parts = [get('firstname'), get('lastname')].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(' ') : null;
}
