"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

export default function StaffLogin() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void signIn("credentials", { email, password, callbackUrl: "/schools" });
      }}
    >
      <input value={email} onChange={(e) => setEmail(e.target.value)} type="email" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" />
      <button>Sign in</button>
    </form>
  );
}
