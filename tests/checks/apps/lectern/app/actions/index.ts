"use server";

// Barrel used by client components: import { enrol, markComplete } from "@/app/actions".
export { enrollFree as enrol, startCheckout } from "@/app/(learn)/checkout/actions";
export { markLessonComplete as markComplete, saveResumePositionSafe as savePosition } from "@/app/(learn)/progress/actions";
export { sendMessage } from "@/app/(learn)/messages/actions";
