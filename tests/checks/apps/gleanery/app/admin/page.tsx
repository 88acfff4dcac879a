import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { revalidatePath } from "next/cache";

export default async function AdminHome() {
  await auth.protect({ role: "org:network_admin" });
  const pantries = await prisma.pantry.findMany({ select: { id: true, name: true, isPublic: true }, orderBy: { name: "asc" } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function togglePantryVisibility(formData: FormData) {
    "use server";
    const { userId } = await auth.protect({ role: "org:network_admin" });
    const id = formData.get("pantryId");
    if (typeof id !== "string" || id.length > 40) throw new Error("Invalid pantry");
    const current = await prisma.pantry.findUnique({ where: { id }, select: { isPublic: true } });
    if (!current) return;
    // ok: missing-authorization
    await prisma.pantry.update({ where: { id }, data: { isPublic: !current.isPublic } });
    await auditLog({ actorId: userId, action: "pantry.visibility.toggled", target: id });
    revalidatePath("/admin");
  }

  return (
    <ul>
      {pantries.map((p) => (
        <li key={p.id}>
          {p.name}
          <form action={togglePantryVisibility}><input type="hidden" name="pantryId" value={p.id} /><button>{p.isPublic ? "Hide" : "Show"}</button></form>
        </li>
      ))}
    </ul>
  );
}
