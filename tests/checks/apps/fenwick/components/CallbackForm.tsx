"use client";

import { useState, useTransition } from "react";
import { requestCallback } from "@/app/actions/contact";

export function CallbackForm() {
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  return done ? (
    <p>Thanks — we&apos;ll call you back.</p>
  ) : (
    <form action={(fd) => start(async () => { await requestCallback(fd); setDone(true); })}>
      <input name="phone" type="tel" placeholder="+44…" required />
      <select name="when">
        <option>Morning</option>
        <option>Afternoon</option>
      </select>
      <button disabled={pending}>Call me back</button>
    </form>
  );
}
