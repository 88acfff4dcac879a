import { requireSuperAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { impersonateUser, resetUserMfa } from "@/app/admin/actions";

export default async function AdminUsersPage() {
  await requireSuperAdmin();
  const users = await prisma.user.findMany({ select: { id: true, email: true, twoFactorEnabled: true }, take: 100, orderBy: { createdAt: "desc" } });
  return (
    <table>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <form action={impersonateUser.bind(null, u.id)}>
                <button>Impersonate</button>
              </form>
              {u.twoFactorEnabled ? (
                <form action={resetUserMfa.bind(null, u.id)}>
                  <button>Reset MFA</button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
