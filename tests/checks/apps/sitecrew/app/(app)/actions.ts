"use server";

// Barrel used by the client components of the (app) route group.
export { createRfi, respondToRfi, reassignRfi, getRfi } from "./rfis/actions";
export { closePunchItem, reopenPunchItem, assignPunchItem } from "./punch/actions";
export { markNotificationRead } from "./notifications/actions";
export { moveTask } from "./projects/[projectId]/schedule/actions";
