"use client";

import { useAction } from "next-safe-action/hooks";
import { inviteStaff } from "@/app/(operator)/team/actions";

export function InviteStaffForm() {
  const { execute, result, isPending } = useAction(inviteStaff);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ email: String(fd.get("email")), role: fd.get("role") as "viewer" });
      }}
    >
      <input name="email" type="email" required />
      <select name="role" defaultValue="viewer">
        <option value="viewer">Viewer</option>
        <option value="technician">Technician</option>
        <option value="site_manager">Site manager</option>
        <option value="finance">Finance</option>
        <option value="support">Support</option>
        <option value="network_manager">Network manager</option>
        <option value="admin">Admin</option>
      </select>
      <button disabled={isPending}>Send invite</button>
      {result.serverError && <p className="text-red-600">{result.serverError}</p>}
    </form>
  );
}
