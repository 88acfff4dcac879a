import { z } from "zod";

export const hsCode = z.string().regex(/^\d{6}(\d{2,4})?$/, "HS code must be 6–10 digits");
export const countryCode = z.string().length(2).toUpperCase();

export const declarationInput = z.object({
  reference: z.string().min(3).max(40),
  originCountry: countryCode,
  incoterm: z.enum(["EXW", "FOB", "CIF", "DAP", "DDP"]).optional(),
});

export const declarationPatch = declarationInput.partial();

// Used by the ERP API. Admits status and importerId: whoever writes it wholesale writes those too.
export const erpDeclarationInput = z.object({
  reference: z.string().min(3).max(40),
  originCountry: countryCode,
  incoterm: z.string().optional(),
  status: z.enum(["draft", "submitted", "cleared", "held", "closed"]).optional(),
  importerId: z.string().optional(),
});

export const lineItemInput = z.object({
  declarationId: z.string().uuid(),
  description: z.string().min(2).max(500),
  hsCode: hsCode.optional(),
  quantity: z.coerce.number().int().positive(),
  unitValue: z.coerce.number().nonnegative(),
});

export const contactInput = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  company: z.string().max(120).optional(),
  message: z.string().min(10).max(5000),
});

export const idParam = z.string().uuid();

export const notificationPrefsInput = z.object({
  emailOnHold: z.boolean(),
  emailOnClear: z.boolean(),
  digest: z.enum(["off", "daily", "weekly"]),
});
