import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/auth/dal";
import { auth } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";

export default async function AdminUsersPage() {
  await requireSuperAdmin();
  const users = await prisma.user.findMany({ select: { id: true, email: true, isSuperAdmin: true }, take: 100 });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function resetTwoFactor(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const userId = z.string().cuid().parse(formData.get("userId"));
    // ok: missing-authorization
    await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, twoFactorSecret: null }, select: { id: true } });
    await auditLog({ actorId: admin.userId, action: "admin_reset_2fa", target: userId });
    revalidatePath("/admin/users");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth, missing-audit-log
  async function deleteUser(formData: FormData) {
    "use server";
    const session = await auth();
    const userId = z.string().cuid().parse(formData.get("userId"));
    if (session?.user?.id === userId) return;
    await prisma.user.delete({ where: { id: userId } });
    revalidatePath("/admin/users");
  }

  return (
    <ul>
      {users.map((u) => (
        <li key={u.id}>
          {u.email}
          <form action={resetTwoFactor}><input type="hidden" name="userId" value={u.id} /><button>Reset 2FA</button></form>
          <form action={deleteUser}><input type="hidden" name="userId" value={u.id} /><button>Delete</button></form>
        </li>
      ))}
    </ul>
  );
}
