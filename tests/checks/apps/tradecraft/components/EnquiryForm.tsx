"use client";

import { useActionState } from "react";
import { submitEnquiry } from "@/app/(public)/enquire/actions";

export function EnquiryForm({ courseId }: { courseId?: string }) {
  const [state, action, pending] = useActionState(submitEnquiry, null);
  return (
    <form action={action} className="space-y-3">
      {courseId && <input type="hidden" name="courseId" value={courseId} />}
      <input name="name" placeholder="Your name" required />
      <input name="email" type="email" placeholder="Email" required />
      <textarea name="message" placeholder="What would you like to know?" />
      <button disabled={pending}>Send enquiry</button>
      {state && "error" in state && <p role="alert">{state.error}</p>}
    </form>
  );
}
