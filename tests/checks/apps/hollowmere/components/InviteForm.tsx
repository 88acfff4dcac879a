"use client";

import { useActionState } from "react";
import { inviteResident } from "@/app/actions/officer";

export function InviteForm({ buildingId }: { buildingId: string }) {
  const [result, action, pending] = useActionState(inviteResident.bind(null, buildingId), undefined);
  return (
    <form action={action} className="flex gap-2">
      <input name="email" type="email" placeholder="neighbour@example.com" required />
      <input name="unit" placeholder="Unit" required />
      <select name="role" defaultValue="resident">
        <option value="resident">Resident</option>
        <option value="contractor">Contractor</option>
      </select>
      <button disabled={pending}>Invite</button>
      {result?.status === "success" && <span>Invite sent</span>}
    </form>
  );
}
