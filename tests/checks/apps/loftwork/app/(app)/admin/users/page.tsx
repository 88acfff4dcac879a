import { requireRole } from "@/lib/session";
import { db } from "@/lib/db";
import { setUserRole, suspendUser } from "@/app/actions/admin";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireRole("admin");
  const page = Math.max(1, Number((await searchParams).page ?? 1));
  const users = await db.selectFrom("user").select(["id", "name", "email", "role"]).orderBy("createdAt", "desc").limit(50).offset((page - 1) * 50).execute();
  return (
    <table className="w-full">
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>
              {/* ok: missing-auth, missing-input-validation */}
              <form action={async (fd: FormData) => {
                "use server";
                await setUserRole(u.id, String(fd.get("role")));
              }}>
                <select name="role" defaultValue={u.role ?? "member"}>
                  <option>member</option><option>front_desk</option><option>location_manager</option><option>finance</option><option>admin</option>
                </select>
                <button>Save</button>
              </form>
            </td>
            <td>
              <form action={suspendUser.bind(null, u.id)}><button className="text-red-600">Suspend</button></form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
