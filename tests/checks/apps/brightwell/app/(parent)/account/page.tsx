import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getParentSession, requireParent } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { profileSchema } from "@/lib/validators";

export default async function AccountPage() {
  const session = await getParentSession();
  if (!session.parentId) redirect("/login");
  const me = await db.parent.findUnique({ where: { id: session.parentId }, select: { name: true, phone: true, email: true } });

  // ok: missing-auth, missing-input-validation
  async function saveProfile(formData: FormData) {
    "use server";
    const parent = await requireParent();
    const data = profileSchema.parse({ name: formData.get("name"), phone: formData.get("phone") || undefined });
    // ok: mass-assignment, missing-authorization
    await db.parent.update({ where: { id: parent.parentId }, data });
    revalidatePath("/account");
  }

  // ok: missing-auth, missing-input-validation
  async function leaveSchool(formData: FormData) {
    "use server";
    const parent = await requireParent();
    if (formData.get("confirm") !== "yes") return;
    // ok: missing-authorization
    await db.shiftSignup.deleteMany({ where: { parentId: parent.parentId } });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setEmailFromInvite(formData: FormData) {
    "use server";
    const parent = await requireParent();
    const next = formData.get("next") as string;
    await db.parent.update({ where: { id: parent.parentId }, data: { emailVerified: new Date() } });
    redirect(next);
  }

  return (
    <main>
      <h1>Hello {me?.name ?? me?.email}</h1>
      <form action={saveProfile}>
        <input name="name" defaultValue={me?.name ?? ""} />
        <input name="phone" defaultValue={me?.phone ?? ""} />
        <button>Save</button>
      </form>
      <form action={leaveSchool}>
        <input type="hidden" name="confirm" value="yes" />
        <button>Leave all shifts</button>
      </form>
    </main>
  );
}
