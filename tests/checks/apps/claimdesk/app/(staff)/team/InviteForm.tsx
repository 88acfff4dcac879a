"use client";

import { useAction } from "next-safe-action/hooks";
import { useActionState } from "react";
import { inviteMember, transferOwnership } from "./actions";

export function InviteForm() {
  const { execute, status, result } = useAction(inviteMember);
  const [transferState, transferAction] = useActionState(transferOwnership, null);
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          execute({ email: String(fd.get("email")), role: fd.get("role") as "viewer" });
        }}
      >
        <input name="email" type="email" required />
        <select name="role" defaultValue="viewer">
          <option value="adjuster">Adjuster</option>
          <option value="viewer">Viewer</option>
        </select>
        <button disabled={status === "executing"}>Invite</button>
        {result.serverError && <p role="alert">{result.serverError}</p>}
      </form>
      <form action={transferAction}>
        <input name="email" type="email" placeholder="New owner's e-mail" />
        <input name="password" type="password" placeholder="Your password" />
        <button>Transfer ownership</button>
        {transferState && "error" in transferState && <p role="alert">{transferState.error}</p>}
      </form>
    </>
  );
}
