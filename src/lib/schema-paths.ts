// Reads a collection's schema to tell a contributor what a field takes: zod's
// issues name the field's path, not the fields or the shape that would be valid.
import { z } from 'zod';

/** The schema inside an optional, nullable or defaulted field: it says what may go there. */
function inner(schema: z.ZodType): z.ZodType {
  let part = schema;
  while (part instanceof z.ZodOptional || part instanceof z.ZodNullable || part instanceof z.ZodDefault) {
    part = part.unwrap() as z.ZodType;
  }
  return part;
}

/** The field of `schema` at an issue's path as declared, optional or nullable (object fields, list items, record values); undefined where the path leaves it. */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let field: z.ZodType = schema;
  for (const key of path) {
    const part = inner(field);
    let next: z.ZodType | undefined;
    if (part instanceof z.ZodObject) next = part.shape[String(key)];
    else if (part instanceof z.ZodArray) next = part.element as z.ZodType;
    else if (part instanceof z.ZodRecord) next = part.valueType as z.ZodType;
    if (next === undefined) return undefined;
    field = next;
  }
  return field;
}

/** The part of `schema` at an issue's path: what may go there, optional or nullable aside. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  const field = fieldAt(schema, path);
  return field && inner(field);
}

/** The fields of an object, required ones first: "place, cites (and optionally inferred, basis)". */
export function fieldList(object: z.ZodObject): string {
  const fields = Object.entries(object.shape);
  // zod's own test of an optional field (its docs): does it accept nothing?
  const optional = fields.filter(([, schema]) => schema.safeParse(undefined).success).map(([name]) => name);
  const required = fields.map(([name]) => name).filter((name) => !optional.includes(name));
  if (optional.length === 0) return required.join(', ');
  if (required.length === 0) return `optionally ${optional.join(', ')}`;
  return `${required.join(', ')} (and optionally ${optional.join(', ')})`;
}
