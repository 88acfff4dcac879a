import { payloadClient } from "@/lib/payload";

// DocuSign Connect: marks berth contracts as signed.
// TODO(QS-902): enable HMAC verification once the Connect key is in Vault.
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const event = (await req.json()) as { event?: string; data?: { envelopeId?: string; envelopeSummary?: { customFields?: { textCustomFields?: { name: string; value: string }[] } } } };
  if (event.event !== "envelope-completed") return new Response("ignored");
  const docId = event.data?.envelopeSummary?.customFields?.textCustomFields?.find((f) => f.name === "quaysideDocumentId")?.value;
  if (!docId || !/^[a-z0-9]{24}$/.test(docId)) return new Response("no document id", { status: 422 });
  const payload = await payloadClient();
  await payload.update({ collection: "documents", id: docId, data: { signedAt: new Date().toISOString() } });
  return new Response("ok");
}
