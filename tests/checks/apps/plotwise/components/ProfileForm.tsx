"use client";

import { useActionState } from "react";
import { updateProfile } from "@/app/actions/profile";

export function ProfileForm({ name, phone, address }: { name: string; phone: string; address: string }) {
  const [state, action, pending] = useActionState(updateProfile, undefined);
  return (
    <form action={action}>
      <input name="name" defaultValue={name} />
      <input name="phone" defaultValue={phone} />
      <textarea name="address" defaultValue={address} />
      {state && !state.ok && "error" in state && <p role="alert">{state.error}</p>}
      <button disabled={pending}>Save</button>
    </form>
  );
}
