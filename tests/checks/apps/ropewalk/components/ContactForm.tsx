"use client";

import { useServerAction } from "zsa-react";
import { sendContactMessage } from "@/app/actions/contact";

export default function ContactForm() {
  const { execute, isPending, isSuccess } = useServerAction(sendContactMessage);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        execute({ name: String(fd.get("name")), email: String(fd.get("email")), message: String(fd.get("message")) });
      }}
    >
      <input name="name" placeholder="Name" />
      <input name="email" type="email" placeholder="Email" />
      <textarea name="message" />
      <button disabled={isPending}>{isSuccess ? "Sent!" : "Send"}</button>
    </form>
  );
}
