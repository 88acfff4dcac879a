import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, agentProfiles } from "@/lib/db/drizzle";
import { verifySession } from "@/lib/dal";

const ProfileSchema = z.object({
  displayName: z.string().max(80),
  signature: z.string().max(2000),
  timezone: z.string().max(64),
});

export default async function ProfilePage() {
  const { userId } = await verifySession();
  const [profile] = await db
    .select({ displayName: agentProfiles.displayName, signature: agentProfiles.signature, timezone: agentProfiles.timezone })
    .from(agentProfiles)
    .where(eq(agentProfiles.userId, userId));

  // ok: missing-auth, missing-input-validation, mass-assignment
  async function saveProfile(formData: FormData) {
    "use server";
    const session = await verifySession();
    const input = ProfileSchema.parse(Object.fromEntries(formData));
    await db
      .update(agentProfiles)
      // ok: mass-assignment
      .set(input)
      .where(eq(agentProfiles.userId, session.userId));
    revalidatePath("/account/profile");
  }

  // ruleid: missing-input-validation
  async function saveProfileQuick(formData: FormData) {
    "use server";
    const session = await verifySession();
    const raw = Object.fromEntries(formData) as Record<string, string>;
    await db
      .update(agentProfiles)
      // ruleid: mass-assignment
      .set(raw)
      .where(eq(agentProfiles.userId, session.userId));
    revalidatePath("/account/profile");
  }

  return (
    <div className="space-y-8">
      <form action={saveProfile}>
        <input name="displayName" defaultValue={profile?.displayName ?? ""} />
        <textarea name="signature" defaultValue={profile?.signature ?? ""} />
        <input name="timezone" defaultValue={profile?.timezone ?? "UTC"} />
        <button type="submit">Save</button>
      </form>
      <form action={saveProfileQuick}>
        <input name="displayName" />
        <button type="submit">Quick save</button>
      </form>
    </div>
  );
}
