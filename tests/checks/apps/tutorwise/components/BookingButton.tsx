"use client";

import { useRouter } from "next/navigation";

export function BookingButton({ tutorId }: { tutorId: string }) {
  const router = useRouter();
  return <button onClick={() => router.push(`/book?tutor=${encodeURIComponent(tutorId)}`)}>Book a lesson</button>;
}
