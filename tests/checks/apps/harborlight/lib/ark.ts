import { type } from "arktype";

// Undeclared keys are deleted (arktype keeps them by default).
export const BerthPatch = type({
  "nightlyRateCents?": "number.integer >= 0",
  "status?": "'free' | 'occupied' | 'maintenance'",
}).onUndeclaredKey("delete");

export const SmsBlast = type({
  message: "string <= 320",
  "berthPrefix?": "string <= 3",
});

export const RefundInput = type({
  invoiceId: "string.numeric",
  amountCents: "number.integer > 0",
  reason: "string <= 200",
});
