import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { members } from "@/lib/db/schema";
import { auth } from "@/lib/auth";
import { requireMember } from "@/lib/auth/guards";

export default async function SettingsPage() {
  const ctx = await requireMember();

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function saveIban(formData: FormData) {
    "use server";
    const session = await auth();
    const iban = z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/).parse(formData.get("iban"));
    // ok: missing-authorization
    await db.update(members).set({ iban }).where(eq(members.userId, session?.user?.id as string));
  }

  // ok: missing-auth, missing-input-validation
  async function saveDisplayName(formData: FormData) {
    "use server";
    const me = await requireMember();
    const displayName = z.string().min(1).max(80).parse(formData.get("displayName"));
    // ok: missing-authorization
    await db.update(members).set({ displayName }).where(eq(members.id, me.memberId));
  }

  return (
    <main>
      <h1>Settings for {ctx.userId}</h1>
      <form action={saveIban}><input name="iban" /><button>Save</button></form>
      <form action={saveDisplayName}><input name="displayName" /><button>Save</button></form>
    </main>
  );
}
