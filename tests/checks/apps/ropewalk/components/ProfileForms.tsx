"use client";

import { useActionState } from "react";

type State = { error?: string; ok?: boolean } | undefined;
type Act = (prev: unknown, fd: FormData) => Promise<State>;

export default function ProfileForms({
  me,
  updateProfile,
  changePassword,
  deleteAccount,
}: {
  me: { name: string; email: string; phone: string };
  updateProfile: Act;
  changePassword: Act;
  deleteAccount: () => Promise<void>;
}) {
  const [pState, pAction] = useActionState<State, FormData>(updateProfile, undefined);
  const [cState, cAction] = useActionState<State, FormData>(changePassword, undefined);
  return (
    <div className="space-y-6">
      <form action={pAction}>
        <input name="name" defaultValue={me.name} />
        <input name="phone" defaultValue={me.phone} />
        {pState?.error && <p>{pState.error}</p>}
        <button>Save</button>
      </form>
      <form action={cAction}>
        <input name="current" type="password" />
        <input name="next" type="password" />
        {cState?.error && <p>{cState.error}</p>}
        <button>Change password</button>
      </form>
      <form action={deleteAccount}>
        <button className="text-red-600">Delete my account</button>
      </form>
    </div>
  );
}
