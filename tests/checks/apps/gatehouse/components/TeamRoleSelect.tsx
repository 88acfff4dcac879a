"use client";

import { useTransition } from "react";
import { changeMemberRole } from "@/app/dashboard/team/actions";

export function TeamRoleSelect({ membershipId, role }: { membershipId: string; role: "OWNER" | "ADMIN" | "STAFF" }) {
  const [pending, startTransition] = useTransition();
  if (role === "OWNER") return <span className="badge">Owner</span>;

  return (
    <select
      defaultValue={role}
      disabled={pending}
      onChange={(e) => {
        const next = e.target.value as "ADMIN" | "STAFF";
        startTransition(async () => {
          await changeMemberRole(membershipId, next);
        });
      }}
      className="select"
    >
      <option value="ADMIN">Admin</option>
      <option value="STAFF">Staff</option>
    </select>
  );
}
