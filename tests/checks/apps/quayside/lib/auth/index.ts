// Barrel: most of the app imports auth helpers from "@/lib/auth".
export { getStaffSession, requireStaff, requireRole, hasRole, ForbiddenError } from "./session";
export type { StaffSession } from "./session";
export { canManageBerth, ownsBooking, isOrgAdmin, assertTicketAccess, canAccessDocument } from "./permissions";
