"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

export default function LoginForm({ error }: { error?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setPending(true);
          const fd = new FormData(e.currentTarget);
          await signIn("credentials", { email: fd.get("email"), password: fd.get("password"), callbackUrl: "/dashboard" });
          setPending(false);
        }}
      >
        <input name="email" type="email" required />
        <input name="password" type="password" required />
        {error && <p className="text-red-600">{error}</p>}
        <button disabled={pending}>Sign in</button>
      </form>
      <button onClick={() => signIn("google", { callbackUrl: "/dashboard" })}>Continue with Google</button>
      <a href="/forgot">Forgot password?</a>
    </div>
  );
}
