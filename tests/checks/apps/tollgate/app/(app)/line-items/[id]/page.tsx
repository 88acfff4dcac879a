import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, lineItems } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { suggestHsCodes } from "@/lib/ai";
import { limit } from "@/lib/ratelimit";
import { hsCode } from "@/lib/validators";

export default async function LineItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const tenant = await getTenant();
  const item = await db.query.lineItems.findFirst({ where: and(eq(lineItems.id, id), eq(lineItems.importerId, tenant.orgId)), columns: { id: true, description: true, hsCode: true, quantity: true } });
  if (!item) notFound();

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function askAi() {
    "use server";
    const t = await getTenant();
    await limit(`ai-line:${t.orgId}`, 30, 3600);
    // ok: missing-authorization
    const li = await db.query.lineItems.findFirst({ where: and(eq(lineItems.id, id), eq(lineItems.importerId, t.orgId)), columns: { description: true } });
    if (!li) return [];
    return suggestHsCodes(li.description);
  }

  // ok: missing-auth, missing-input-validation
  async function setCode(formData: FormData) {
    "use server";
    const t = await getTenant();
    const code = hsCode.parse(formData.get("hsCode"));
    // ok: missing-authorization, mass-assignment
    await db.update(lineItems).set({ hsCode: code }).where(and(eq(lineItems.id, id), eq(lineItems.importerId, t.orgId)));
    revalidatePath(`/line-items/${id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setQuantity(formData: FormData) {
    "use server";
    const t = await getTenant();
    const quantity = Number(formData.get("quantity"));
    const lineId = formData.get("lineId") as string;
    // ruleid: missing-authorization
    await db.update(lineItems).set({ quantity }).where(eq(lineItems.id, lineId));
    revalidatePath(`/line-items/${id}`);
    return { by: t.userId };
  }

  // ok: missing-auth, missing-input-validation
  async function setDescription(formData: FormData) {
    "use server";
    const t = await getTenant();
    const description = z.string().min(2).max(500).parse(formData.get("description"));
    // ok: missing-authorization
    await db.update(lineItems).set({ description, aiSuggested: false }).where(and(eq(lineItems.id, id), eq(lineItems.importerId, t.orgId)));
  }

  return (
    <main>
      <h1>{item.description}</h1>
      <form action={setCode}><input name="hsCode" defaultValue={item.hsCode ?? ""} /><button>Save code</button></form>
      <form action={setQuantity}><input type="hidden" name="lineId" value={item.id} /><input name="quantity" defaultValue={item.quantity} /><button>Save qty</button></form>
      <form action={setDescription}><input name="description" defaultValue={item.description} /><button>Save</button></form>
    </main>
  );
}
