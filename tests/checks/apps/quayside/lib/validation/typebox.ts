import { Type, type Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";

export const AvailabilityQuery = Type.Object({
  marina: Type.String({ pattern: "^[a-z0-9-]{2,64}$" }),
  from: Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  to: Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  minLength: Type.Optional(Type.Number({ minimum: 0, maximum: 120 })),
});
export type AvailabilityQuery = Static<typeof AvailabilityQuery>;

export const ShiftNote = Type.Object({
  shiftId: Type.String({ format: "uuid", pattern: "^[0-9a-f-]{36}$" }),
  notes: Type.String({ maxLength: 1000 }),
});

export const TideSample = Type.Array(
  Type.Object({ station: Type.String(), at: Type.String(), heightM: Type.Number() }),
  { maxItems: 2000 },
);

export function check<T extends ReturnType<typeof Type.Object> | ReturnType<typeof Type.Array>>(schema: T, value: unknown): value is Static<T> {
  return Value.Check(schema, value);
}
