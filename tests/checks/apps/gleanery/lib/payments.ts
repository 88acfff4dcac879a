import { createHmac } from "node:crypto";
import { secureCompare } from "@/lib/secure-compare";

// The card provider ("Paylane") signs webhook bodies with HMAC-SHA256
export function verifyPaylaneSignature(rawBody: string, header: string | null) {
  if (!header) return false;
  const expected = createHmac("sha256", process.env.PAYLANE_WEBHOOK_SECRET!).update(rawBody).digest("hex");
  // ok: timing-unsafe-comparison
  return secureCompare(expected, header);
}

export async function createCheckout(amountCents: number, donationId: string) {
  const res = await fetch("https://api.paylane.example/v1/checkouts", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.PAYLANE_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ amount: amountCents, currency: "usd", reference: donationId }),
  });
  return (await res.json()) as { url: string };
}
