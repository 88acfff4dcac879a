"use client";

import { inviteStaff } from "@/app/(app)/f/[foundationId]/team/actions";

export function InviteForm({ foundationId }: { foundationId: string }) {
  return (
    <form action={async (fd) => { await inviteStaff(fd); }}>
      <input type="hidden" name="foundationId" value={foundationId} />
      <input name="email" type="email" />
      <select name="role">
        <option value="REVIEWER">Reviewer</option>
        <option value="PROGRAM_OFFICER">Program officer</option>
        <option value="FINANCE">Finance</option>
      </select>
      <button>Invite</button>
    </form>
  );
}
