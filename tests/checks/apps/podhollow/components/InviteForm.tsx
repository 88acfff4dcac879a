"use client";

import { useServerAction } from "zsa-react";
import { inviteMember } from "@/app/actions/members";

export function InviteForm() {
  const { execute, isPending, error } = useServerAction(inviteMember);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        await execute({ email: String(fd.get("email")), role: fd.get("role") as "EDITOR" });
      }}
    >
      <input name="email" type="email" />
      <select name="role">
        <option value="PRODUCER">Producer</option>
        <option value="EDITOR">Editor</option>
        <option value="AD_SALES">Ad sales</option>
      </select>
      <button disabled={isPending}>Invite</button>
      {error && <p>{error.message}</p>}
    </form>
  );
}
