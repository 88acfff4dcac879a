"use client";

import { useTransition } from "react";
import { changeMemberRole } from "@/app/actions/officer";

export function RoleSelect({ buildingId, membershipId, role }: { buildingId: string; membershipId: string; role: string }) {
  const [pending, start] = useTransition();
  return (
    <select
      defaultValue={role}
      disabled={pending}
      onChange={(e) =>
        start(async () => {
          const fd = new FormData();
          fd.set("membershipId", membershipId);
          fd.set("role", e.target.value);
          await changeMemberRole(buildingId, fd);
        })
      }
    >
      <option value="resident">Resident</option>
      <option value="officer">Officer</option>
      <option value="manager">Manager</option>
      <option value="contractor">Contractor</option>
    </select>
  );
}
