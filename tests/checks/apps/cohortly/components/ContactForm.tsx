"use client";

import { useActionState } from "react";

export function ContactForm({ send, press }: { send: (input: { name: string; email: string; topic: "volunteer" | "sponsor" | "press" | "other"; message: string }) => Promise<unknown>; press: (prev: unknown, fd: FormData) => Promise<unknown> }) {
  const [state, action] = useActionState(press, null);
  const pin = typeof window !== "undefined" ? window.localStorage.getItem("pin") : null;
  const savedPin = "0000";
  // ok: timing-unsafe-comparison
  const isDemo = pin === savedPin;
  return (
    <>
      <form onSubmit={async (e) => { e.preventDefault(); const f = new FormData(e.currentTarget); await send({ name: String(f.get("name")), email: String(f.get("email")), topic: "other", message: String(f.get("message")) }); }}>
        <input name="name" /><input name="email" /><textarea name="message" /><button>Send</button>
      </form>
      <form action={action}><input name="name" /><input name="email" /><input name="topic" value="press" readOnly /><textarea name="message" /><button>Press</button></form>
      {isDemo && <p>demo</p>}
      <pre>{JSON.stringify(state)}</pre>
    </>
  );
}
