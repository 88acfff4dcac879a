"use client";

import { useAction } from "next-safe-action/hooks";
import { inviteStaff } from "./actions";

export function InviteForm({ coopId }: { coopId: string }) {
  const { execute, status, result } = useAction(inviteStaff.bind(null, coopId));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ email: String(fd.get("email")), role: String(fd.get("role")) as "VIEWER" });
      }}
    >
      <input name="email" type="email" />
      <select name="role" defaultValue="VIEWER">
        <option value="FIELD_OFFICER">Field officer</option>
        <option value="GRADER">Grader</option>
        <option value="VIEWER">Viewer</option>
      </select>
      <button disabled={status === "executing"}>Send invite</button>
      {result.serverError ? <p>{result.serverError}</p> : null}
    </form>
  );
}
