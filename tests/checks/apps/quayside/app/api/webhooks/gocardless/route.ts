import { hmacHex } from "@/lib/crypto";
import { getEm, Invoice } from "@/lib/db/orm";

// Direct Debit mandates for annual berth contracts.
// ok: missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("webhook-signature");
  // ok: timing-unsafe-comparison
  if (typeof signature !== "string") return new Response("missing signature", { status: 498 });
  const digest = hmacHex(process.env.GOCARDLESS_WEBHOOK_SECRET!, body);
  // ruleid: timing-unsafe-comparison
  if (digest != signature) return new Response("invalid signature", { status: 498 });

  const { events } = JSON.parse(body) as { events: { resource_type: string; action: string; links: { payment?: string }; metadata?: { invoice_id?: string } }[] };
  const em = await getEm();
  for (const e of events) {
    if (e.resource_type === "payments" && e.action === "confirmed" && typeof e.metadata?.invoice_id === "string" && /^[0-9a-f-]{36}$/.test(e.metadata.invoice_id)) {
      await em.nativeUpdate(Invoice, { id: e.metadata.invoice_id, status: { $ne: "void" } }, { status: "paid" });
    }
  }
  return new Response(null, { status: 204 });
}
