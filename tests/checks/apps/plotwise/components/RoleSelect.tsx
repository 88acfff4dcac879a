"use client";

import { useTransition } from "react";

type Role = "MEMBER" | "PLOT_STEWARD" | "TREASURER" | "COMMITTEE_ADMIN";

export function RoleSelect({ memberId, current, action }: { memberId: string; current: Role; action: (fd: FormData) => Promise<void> }) {
  const [pending, startTransition] = useTransition();
  return (
    <select
      defaultValue={current}
      disabled={pending}
      onChange={(e) => {
        const fd = new FormData();
        fd.set("memberId", memberId);
        fd.set("role", e.target.value);
        startTransition(() => action(fd));
      }}
    >
      <option value="MEMBER">Member</option>
      <option value="PLOT_STEWARD">Plot steward</option>
      <option value="TREASURER">Treasurer</option>
      <option value="COMMITTEE_ADMIN">Committee admin</option>
    </select>
  );
}
