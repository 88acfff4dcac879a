"use client";

import { useAction } from "next-safe-action/hooks";
import { updateProfile } from "@/app/actions/account";

export function ProfileForm({ name, bankAccount }: { name: string; bankAccount: string }) {
  const { execute, isPending, hasSucceeded } = useAction(updateProfile);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        execute({ name: String(f.get("name")), bankAccount: String(f.get("bankAccount")) || undefined });
      }}
    >
      <input name="name" defaultValue={name} />
      <input name="bankAccount" defaultValue={bankAccount} placeholder="IBAN for payouts" />
      <button className="btn" disabled={isPending}>Save</button>
      {hasSucceeded ? <span>Saved</span> : null}
    </form>
  );
}
