"use client";

type Staff = { id: string; name: string | null; email: string; role: string };

export function StaffTable({ staff, removeStaff }: { staff: Staff[]; removeStaff: (fd: FormData) => Promise<void> }) {
  return (
    <table>
      <tbody>
        {staff.map((s) => (
          <tr key={s.id}>
            <td>{s.name}</td><td>{s.email}</td><td>{s.role}</td>
            <td>
              <form action={removeStaff}>
                <input type="hidden" name="id" value={s.id} />
                <button>Remove</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
