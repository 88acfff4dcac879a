"use client";

import { useTransition } from "react";
import { subscribeNewsletter } from "@/app/actions/newsletter";

export function NewsletterForm() {
  const [pending, start] = useTransition();
  return (
    <form action={(fd) => start(() => void subscribeNewsletter(fd))}>
      <input name="email" type="email" placeholder="you@example.com" />
      <button disabled={pending}>Subscribe</button>
    </form>
  );
}
