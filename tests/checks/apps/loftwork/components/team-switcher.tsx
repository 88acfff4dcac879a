"use client";

import { authClient } from "@/lib/auth-client";
import { setActiveTeam } from "@/app/actions/team";

export function TeamSwitcher() {
  const { data: orgs } = authClient.useListOrganizations();
  const { data: active } = authClient.useActiveOrganization();
  return (
    <select value={active?.id ?? ""} onChange={(e) => setActiveTeam(e.target.value)} className="input">
      <option value="" disabled>Select team</option>
      {orgs?.map((o) => (
        <option key={o.id} value={o.id}>{o.name}</option>
      ))}
    </select>
  );
}
