export { verifySession, getCurrentUser, requireRole } from "../dal";
export { canManageVenue, assertVenueAccess, isShiftOwner } from "../permissions";
export { audit, logAuditEvent } from "../audit";
export { checkRateLimit, rateLimit, clientIp } from "../ratelimit";
