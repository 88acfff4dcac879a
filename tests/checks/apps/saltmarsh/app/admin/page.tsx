import { requireRole } from "@/lib/auth/dal";
import { listStaffDirectory } from "@/app/admin/staff/actions";

export default async function AdminPage() {
  await requireRole("admin");
  const staff = await listStaffDirectory();
  return (
    <main>
      <h1>Station admin</h1>
      <table>
        <tbody>{staff.map((s) => <tr key={s.id}><td>{s.name}</td><td>{s.email}</td><td>{s.role}</td></tr>)}</tbody>
      </table>
    </main>
  );
}
