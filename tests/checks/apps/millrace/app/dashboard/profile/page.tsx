import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@clerk/nextjs/server";
import { db, members } from "@/lib/db";
import { requireMember } from "@/lib/auth";
import { profileSchema } from "@/lib/validators";

export default async function ProfilePage() {
  const member = await requireMember();
  const [me] = await db
    .select({ displayName: members.displayName, phone: members.phone })
    .from(members)
    .where(eq(members.id, member.id));

  // ok: missing-auth, missing-input-validation
  async function save(formData: FormData) {
    "use server";
    const user = await currentUser();
    if (!user) redirect("/sign-in");
    const data = profileSchema.parse(Object.fromEntries(formData));
    // ok: mass-assignment, missing-authorization
    await db.update(members).set(data).where(eq(members.clerkUserId, user.id));
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveMedical(formData: FormData) {
    "use server";
    const me = await requireMember();
    const medicalNotes = formData.get("medicalNotes") as string;
    await db.update(members).set({ medicalNotes }).where(eq(members.id, me.id));
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function saveFor(formData: FormData) {
    "use server";
    const user = await currentUser();
    const displayName = z.string().min(1).max(80).parse(formData.get("displayName"));
    await db.update(members).set({ displayName }).where(eq(members.clerkUserId, user?.id ?? ""));
  }

  return (
    <form action={save}>
      <input name="displayName" defaultValue={me?.displayName} />
      <input name="phone" defaultValue={me?.phone ?? ""} />
      <button>Save</button>
      <button formAction={saveMedical}>Save medical</button>
      <button formAction={saveFor}>Quick rename</button>
    </form>
  );
}
