"use server";

// Barrel used by the mobile web build; keeps import paths stable across the route-group reshuffle.
export { markNotificationRead, markAllRead, registerDevice } from "@/app/(applicant)/notifications/actions";
export { scheduleInspection, cancelScheduledInspection } from "@/app/(applicant)/inspections/actions";
export { askPermitQuestion } from "@/app/(applicant)/chat/actions";
export { searchPublicPermits } from "@/app/(public)/search/actions";
