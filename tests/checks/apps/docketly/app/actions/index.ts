"use server";

// Barrel so client components can import actions from one place.
export { createMatter, updateMatter, archiveMatter, listMatters } from "@/app/(staff)/matters/actions";
export { submitExpense, approveExpense } from "@/app/(staff)/expenses/actions";
export { markAllRead, markRead } from "@/app/(staff)/notifications/actions";
export { sendContactMessage } from "@/app/contact/actions";
export { submitIntake } from "@/app/intake/actions";
