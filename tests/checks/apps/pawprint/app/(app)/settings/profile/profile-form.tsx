"use client";

import { useActionState } from "react";
import { updateBio, type ProfileState } from "./actions";

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateBio, {});
  return (
    <form action={action}>
      <input name="name" defaultValue={name} />
      <textarea name="bio" defaultValue={bio} />
      {state.error && <p className="text-red-600">{state.error}</p>}
      <button disabled={pending}>Save</button>
    </form>
  );
}

// Runs in the browser only; not a server action.
// ok: missing-auth
export async function saveDraft(bio: string) {
  window.localStorage.setItem("bio-draft", bio);
}
