"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { inviteStaff } from "@/app/actions/staff";

export function InviteStaffForm() {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"clinician" | "receptionist" | "admin">("clinician");
  const { execute, result, isExecuting } = useAction(inviteStaff);
  return (
    <form onSubmit={(e) => { e.preventDefault(); execute({ name, email, role }); }}>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <input value={email} onChange={(e) => setEmail(e.target.value)} placeholder="Email" type="email" />
      <select value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
        <option value="clinician">Clinician</option>
        <option value="receptionist">Receptionist</option>
        <option value="admin">Admin</option>
      </select>
      <button disabled={isExecuting}>Invite</button>
      {result.serverError && <p className="error">{result.serverError}</p>}
    </form>
  );
}
