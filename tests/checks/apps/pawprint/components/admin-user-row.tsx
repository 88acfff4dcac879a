"use client";

import { useTransition } from "react";
import { banUser, changeUserRole } from "@/app/(admin)/admin/actions";

export function AdminUserRow({ user }: { user: { id: string; email: string; role: string } }) {
  const [pending, start] = useTransition();
  return (
    <tr>
      <td>{user.email}</td>
      <td>
        <select defaultValue={user.role} disabled={pending} onChange={(e) => start(() => changeUserRole(user.id, e.target.value))}>
          <option>USER</option><option>SITTER</option><option>SUPPORT</option><option>SUPER_ADMIN</option>
        </select>
      </td>
      <td><button disabled={pending} onClick={() => start(() => banUser(user.id, "manual ban from console"))}>Ban</button></td>
    </tr>
  );
}
