"use client";

import { useActionState } from "react";
import { inviteTeammate } from "@/app/actions/team";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const [state, action, pending] = useActionState(inviteTeammate, undefined);
  return (
    <form action={action} className="flex gap-2">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input name="email" type="email" required placeholder="teammate@company.com" className="input" />
      <select name="role" className="input">
        <option value="member">Member</option>
        <option value="admin">Admin</option>
      </select>
      <button disabled={pending} className="btn-primary">Invite</button>
      {state?.ok && <span className="text-green-700 text-sm">Invitation sent</span>}
    </form>
  );
}
