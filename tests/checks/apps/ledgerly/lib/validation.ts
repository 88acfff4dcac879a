import { Type, type Static } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { object, string, size, pattern, optional, enums, integer, min } from "superstruct";

// TypeBox schemas are used by the route handlers (JSON bodies).
export const ClientBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    email: Type.Optional(Type.String({ format: "email", maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    taxId: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type ClientBody = Static<typeof ClientBody>;
export const ClientBodyCheck = TypeCompiler.Compile(ClientBody);

export const InvoicePatch = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal("draft"), Type.Literal("sent"), Type.Literal("void")])),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
    dueDate: Type.Optional(Type.String({ format: "date" })),
  },
  { additionalProperties: false },
);
export type InvoicePatch = Static<typeof InvoicePatch>;
export const InvoicePatchCheck = TypeCompiler.Compile(InvoicePatch);

// Superstruct structs are used by the expense and document actions.
export const ExpenseInput = object({
  amountCents: min(integer(), 1),
  category: enums(["travel", "meals", "software", "hardware", "office", "other"]),
  description: optional(size(string(), 0, 500)),
  vendorId: optional(integer()),
});

export const ObjectIdString = pattern(string(), /^[a-f0-9]{24}$/);

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_RE.test(value);
}
