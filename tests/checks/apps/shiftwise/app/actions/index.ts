"use server";

export { clockIn, clockOut, startBreak } from "@/app/(app)/timeclock/actions";
export { requestTimeOff, cancelTimeOff } from "@/app/(app)/timeoff/actions";
export { postMessage, deleteMessage } from "@/app/(app)/messages/actions";
export { createShift, deleteShift } from "@/app/(app)/schedule/actions";
