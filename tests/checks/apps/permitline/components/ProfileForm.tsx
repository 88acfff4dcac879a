"use client";

import { useActionState } from "react";
import { updateProfile } from "@/app/settings/profile/actions";
import type { ActionState } from "@/lib/wrappers";

export function ProfileForm({ name, phone }: { name: string; phone?: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateProfile, {});
  return (
    <form action={action}>
      <input name="name" defaultValue={name} />
      <input name="phone" defaultValue={phone} />
      {state.error && <p role="alert">{state.error}</p>}
      {state.success && <p>{state.success}</p>}
      <button disabled={pending}>Save</button>
    </form>
  );
}
