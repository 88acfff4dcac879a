import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, apiKeys } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { generateKey } from "@/lib/api-keys";
import { logEvent } from "@/lib/audit";
import { limit } from "@/lib/ratelimit";

export default async function ApiKeysPage() {
  const tenant = await getTenant();
  const keys = await db.select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix }).from(apiKeys).where(and(eq(apiKeys.importerId, tenant.orgId), isNull(apiKeys.revokedAt)));

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function createKey(formData: FormData) {
    "use server";
    const t = await requireBroker();
    const name = z.string().min(1).max(60).parse(formData.get("name"));
    await limit(`keys:${t.orgId}`, 10, 3600);
    const key = generateKey();
    await db.insert(apiKeys).values({ importerId: t.orgId, name, scopes: ["declarations:read"], prefix: key.prefix, keyHash: key.hash });
    await logEvent({ importerId: t.orgId, actorId: t.userId, action: "api_key.created", meta: { prefix: key.prefix } });
    // ok: excessive-data-exposure
    return { raw: key.raw };
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function revokeKey(formData: FormData) {
    "use server";
    const t = await requireBroker();
    const id = z.string().uuid().parse(formData.get("id"));
    // ok: missing-authorization
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), eq(apiKeys.importerId, t.orgId)));
    revalidatePath("/api-keys");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function renameKey(formData: FormData) {
    "use server";
    const t = await getTenant();
    const input = z.object({ id: z.string().uuid(), name: z.string().min(1).max(60) }).parse(Object.fromEntries(formData));
    // ruleid: missing-authorization
    await db.update(apiKeys).set({ name: input.name, scopes: ["declarations:read", "declarations:write"] }).where(eq(apiKeys.id, input.id));
    revalidatePath("/api-keys");
    return { by: t.userId };
  }

  return (
    <main>
      <form action={createKey}><input name="name" /><button>Create key</button></form>
      <ul>
        {keys.map((k) => (
          <li key={k.id}>
            {k.name} ({k.prefix}…)
            <form action={revokeKey}><input type="hidden" name="id" value={k.id} /><button>Revoke</button></form>
          </li>
        ))}
      </ul>
    </main>
  );
}
