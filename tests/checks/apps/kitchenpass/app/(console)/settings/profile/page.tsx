import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { getCurrentUser } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { redirect } from "next/navigation";

const ProfileSchema = z.object({ name: z.string().min(1).max(80), phone: z.string().max(20).optional() });

export default async function ProfilePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");

  // ok: missing-auth, missing-input-validation
  async function saveProfile(formData: FormData) {
    "use server";
    const me = await getCurrentUser();
    if (!me) redirect("/login");
    const submission = parseWithZod(formData, { schema: ProfileSchema });
    if (submission.status !== "success") return;
    await prisma.user.update({
      where: { id: me.id },
      // ok: mass-assignment
      data: submission.value,
    });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveAvatarUrl(formData: FormData) {
    "use server";
    const me = await getCurrentUser();
    if (!me) redirect("/login");
    const url = String(formData.get("avatarUrl"));
    const res = await fetch(url);
    await prisma.$executeRaw`UPDATE "User" SET avatar = ${Buffer.from(await res.arrayBuffer())} WHERE id = ${me.id}`;
  }

  return (
    <form action={saveProfile}>
      <input name="name" defaultValue={user.name ?? ""} />
      <button>Save</button>
      <form action={saveAvatarUrl}><input name="avatarUrl" /></form>
    </form>
  );
}
