"use client";

type Row = { id: string; name: string; email: string; role: string; active: boolean };

export function StaffTable({
  rows,
  toggleActive,
  promoteToAdmin,
}: {
  rows: Row[];
  toggleActive: (fd: FormData) => Promise<void>;
  promoteToAdmin: (fd: FormData) => Promise<void>;
}) {
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td>
            <td>{r.email}</td>
            <td>{r.role}</td>
            <td>
              <form action={toggleActive}>
                <input type="hidden" name="staffId" value={r.id} />
                <button>{r.active ? "Deactivate" : "Activate"}</button>
              </form>
              {r.role !== "admin" && (
                <form action={promoteToAdmin}>
                  <input type="hidden" name="staffId" value={r.id} />
                  <button>Make admin</button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
