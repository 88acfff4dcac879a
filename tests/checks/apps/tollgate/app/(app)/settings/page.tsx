import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db, importers } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

export default async function SettingsPage() {
  const tenant = await getTenant();
  const imp = await db.query.importers.findFirst({ where: eq(importers.id, tenant.orgId), columns: { name: true, eori: true, plan: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function rotateWebhookSecret() {
    "use server";
    const t = await getTenant();
    if (t.role !== "org:broker" && t.role !== "org:admin") throw new Error("Brokers only");
    const secret = crypto.randomUUID().replaceAll("-", "");
    // ok: missing-authorization
    await db.update(importers).set({ webhookSecret: secret }).where(eq(importers.id, t.orgId));
    await logEvent({ importerId: t.orgId, actorId: t.userId, action: "webhook_secret.rotated" });
    return { secret };
  }

  // ok: missing-auth, missing-input-validation
  async function updateEori(formData: FormData) {
    "use server";
    const { orgId } = await auth.protect();
    const eori = z.string().regex(/^[A-Z]{2}[A-Z0-9]{1,15}$/).parse(formData.get("eori"));
    // ok: missing-authorization
    await db.update(importers).set({ eori }).where(eq(importers.id, orgId!));
    redirect("/settings");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function changePlan(formData: FormData) {
    "use server";
    const t = await getTenant();
    const plan = String(formData.get("plan"));
    // ruleid: mass-assignment
    await db.update(importers).set({ plan }).where(eq(importers.id, t.orgId));
  }

  return (
    <main>
      <h1>{imp?.name}</h1>
      <form action={updateEori}>
        <input name="eori" defaultValue={imp?.eori} />
        <button>Save</button>
      </form>
      <form action={changePlan}>
        <select name="plan" defaultValue={imp?.plan}><option>starter</option><option>pro</option></select>
        <button>Change plan</button>
      </form>
      <form action={rotateWebhookSecret}><button>Rotate webhook secret</button></form>
    </main>
  );
}
