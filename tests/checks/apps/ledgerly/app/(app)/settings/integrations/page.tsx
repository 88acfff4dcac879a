import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mongo } from "@/lib/db/mongo";
import { verifySession, getCurrentUser } from "@/lib/dal";
import { recordAudit } from "@/lib/audit";

export default async function IntegrationsPage() {
  const session = await verifySession();
  const db = await mongo();
  const settings = await db.collection("integrations").findOne({ orgId: session.orgId }, { projection: { webhookUrl: 1, slackChannel: 1 } });

  // ruleid: missing-input-validation
  async function sendTestWebhook(formData: FormData) {
    "use server";
    const user = await getCurrentUser();
    if (!user) return { ok: false };
    const url = formData.get("webhookUrl") as string;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "ledgerly.test", orgId: user.orgId, sentAt: new Date().toISOString() }),
    });
    return { ok: res.ok, status: res.status };
  }

  // ok: missing-auth, missing-input-validation
  async function saveWebhook(formData: FormData) {
    "use server";
    const user = await getCurrentUser();
    if (!user) throw new Error("Not signed in");
    const parsed = z.object({ webhookUrl: z.string().url().startsWith("https://"), slackChannel: z.string().max(80).optional() }).parse({ webhookUrl: formData.get("webhookUrl"), slackChannel: formData.get("slackChannel") ?? undefined });
    const db = await mongo();
    // ok: mass-assignment
    await db.collection("integrations").updateOne({ orgId: user.orgId }, { $set: { ...parsed, updatedBy: user.id, updatedAt: new Date() } }, { upsert: true });
    await recordAudit({ action: "integration.webhook_updated", actorId: user.id, orgId: user.orgId });
    revalidatePath("/settings/integrations");
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Integrations</h1>
      <form action={saveWebhook} className="space-y-2">
        <input name="webhookUrl" type="url" defaultValue={(settings?.webhookUrl as string) ?? ""} placeholder="https://example.com/hooks/ledgerly" />
        <input name="slackChannel" defaultValue={(settings?.slackChannel as string) ?? ""} placeholder="#billing" />
        <button className="btn">Save</button>
      </form>
      <form action={sendTestWebhook as unknown as (fd: FormData) => Promise<void>}>
        <input type="hidden" name="webhookUrl" value={(settings?.webhookUrl as string) ?? ""} />
        <button className="btn-sm">Send test event</button>
      </form>
    </div>
  );
}
