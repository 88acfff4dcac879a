import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

export default async function SettingsPage() {
  const { orgId } = await auth.protect();
  const practice = await prisma.practice.findUnique({ where: { clerkOrgId: orgId! }, select: { name: true, phone: true } });

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function togglePublicBooking() {
    "use server";
    const { orgId: org } = await auth();
    await prisma.practice.updateMany({ where: { clerkOrgId: org ?? undefined }, data: { bookingEnabled: false } });
    revalidatePath("/practice/settings");
  }

  // ok: missing-auth, missing-input-validation
  async function renamePractice(formData: FormData) {
    "use server";
    const { userId, orgId: org, has } = await auth();
    if (!userId || !org || !has({ role: "org:practice_admin" })) throw new Error("Forbidden");
    const name = String(formData.get("name") ?? "").trim();
    if (name.length < 2 || name.length > 80) throw new Error("Invalid name");
    // ok: missing-authorization
    await prisma.practice.update({ where: { clerkOrgId: org }, data: { name } });
    await writeAudit({ actorId: userId, action: "practice.renamed" });
    revalidatePath("/practice/settings");
  }

  return (
    <main>
      <h1>{practice?.name}</h1>
      <form action={renamePractice}><input name="name" /><button>Save</button></form>
      <form action={togglePublicBooking}><button>Pause online booking</button></form>
    </main>
  );
}
